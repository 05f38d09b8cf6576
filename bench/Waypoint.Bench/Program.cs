using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

// Measures person search and person GET through HTTP on a seeded SQLite database, with /health/live (no database)
// measured in the same run as the baseline. See BENCHMARKS.md for how to run it and the recorded figures.
var people = ArgInt("--people", 100_000);
var requests = ArgInt("--requests", 500);
// Warm-up calls before each latency measurement: fewer at 1,000,000 people, where one report takes a minute.
var warmup = ArgInt("--warmup", 50);
var root = FindRepoRoot();
var configuration = Arg("--configuration") ?? "Release";
var webDll = Path.Combine(root, "src/Waypoint.Web/bin", configuration, "net10.0/Waypoint.Web.dll");
var data = Arg("--data") ?? Path.Combine(Path.GetTempPath(), $"waypoint-bench-{people}");
Directory.CreateDirectory(data);
// --postgres "Host=…;Database=…": the same measurements on PostgreSQL (seeded when --seed is given); the raw SQL
// baseline is SQLite's only.
var postgres = Arg("--postgres");
if (postgres is not null)
{
    Environment.SetEnvironmentVariable("Database__Provider", "Postgres");
    Environment.SetEnvironmentVariable("ConnectionStrings__Waypoint", postgres);
}

if (postgres is null ? !File.Exists(Path.Combine(data, "waypoint.db")) : args.Contains("--seed"))
{
    Console.WriteLine($"Seeding {people} people into {data} …");
    var seed = Stopwatch.StartNew();
    await RunToEnd(webDll, $"seed-demo --people {people}", data);
    Console.WriteLine($"Seeded in {seed.Elapsed.TotalSeconds:0} s");
}

var port = FreePort();
using var server = Start(webDll, $"--urls http://127.0.0.1:{port} --contentRoot {Path.Combine(root, "src/Waypoint.Web")}", data);
var baseUri = new Uri($"http://127.0.0.1:{port}");
using (var probe = new HttpClient { BaseAddress = baseUri })
{
    await WaitReady(probe);
}
using var api = await ApiClient(baseUri, "case.officer");
using var coordinator = await ApiClient(baseUri, "coordinator");
using var leader = await ApiClient(baseUri, "team.leader");
using var manager = await ApiClient(baseUri, "manager");

// Queries people type: an exact surname, a misspelled surname, and a two-word name in the wrong order.
string[] queries = ["Smith", "Smyth Jon", "Nguyen", "Oconnor", "Jonson Sarah", "Williams", "Taylr", "Brown Michael"];
var firstHit = await api.GetStringAsync("/api/v1/people?q=Smith&limit=1");
var personId = JsonDocument.Parse(firstHit).RootElement.GetProperty("items")[0].GetProperty("id").GetString();

// The person's timeline, made long once through the API (kept in the data folder for later runs): 1,000 case notes
// and 300 phone contacts, as a person years into supervision might have, so a page deep into it is measured too.
var timeline = $"/api/v1/people/{personId}/timeline";
async Task<List<string?>> TimelineCursors()
{
    var cursors = new List<string?> { null };
    while (true)
    {
        var page = JsonDocument.Parse(await api.GetStringAsync(cursors[^1] is { } c ? $"{timeline}?limit=100&cursor={c}" : $"{timeline}?limit=100")).RootElement;
        if (page.GetProperty("nextCursor").GetString() is not { } next)
        {
            return cursors;
        }
        cursors.Add(next);
    }
}
var cursors = await TimelineCursors();
if (cursors.Count < 13)
{
    Console.WriteLine("Writing 1,000 case notes and 300 contacts for the timeline …");
    for (var i = 0; i < 1000; i++)
    {
        var on = DateTime.UtcNow.Date.AddDays(-(i % 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await api.PostAsJsonAsync($"/api/v1/people/{personId}/notes", new { category = "General", occurredOn = on, text = $"Supervision note {i}: discussed work, housing and the plan's goals." })).EnsureSuccessStatusCode();
        if (i % 10 < 3)
        {
            (await api.PostAsJsonAsync($"/api/v1/people/{personId}/contacts", new { kind = "Phone", on, at = "10:00", minutes = 10, outcome = "Attended" })).EnsureSuccessStatusCode();
        }
    }
    cursors = await TimelineCursors();
}
// The cursor to the eleventh page of 100, so the deep page is read from offset 1,000.
var deep = cursors[10];

// --throughput-only skips the latency table (minutes at this size): for profiling the throughput runs.
var results = args.Contains("--throughput-only") ? [] : new List<(string Name, double[] Ms)>
{
    ("GET /health/live (baseline, no database)", await Measure(requests, _ => api.GetAsync("/health/live"))),
    ("GET /api/v1/people?q=… (search)", await Measure(requests, i => api.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(queries[i % queries.Length])}"))),
    ("GET /api/v1/people/{id}", await Measure(requests, _ => api.GetAsync($"/api/v1/people/{personId}"))),
    ("GET /api/v1/caseload (the demo case officer's caseload)", await Measure(requests, _ => api.GetAsync("/api/v1/caseload"))),
    ("GET /api/v1/allocations/awaiting (the coordinator's prison, first page of 25)", await Measure(requests, _ => coordinator.GetAsync("/api/v1/allocations/awaiting"))),
    ("GET /api/v1/work (the demo case officer's open work, first page of 25)", await Measure(requests, _ => api.GetAsync("/api/v1/work"))),
    ("GET /api/v1/work (the coordinator's open work, first page of 25)", await Measure(requests, _ => coordinator.GetAsync("/api/v1/work"))),
    ("GET /api/v1/work/team (the demo team leader's team, first page of 25)", await Measure(requests, _ => leader.GetAsync("/api/v1/work/team"))),
    ("GET /api/v1/compliance?by=Site (the jurisdiction, last six months)", await Measure(requests / 5, _ => manager.GetAsync("/api/v1/compliance?by=Site"))),
    ("GET /api/v1/compliance?by=Officer (the jurisdiction, last six months)", await Measure(requests / 5, _ => manager.GetAsync("/api/v1/compliance?by=Officer"))),
    ("GET /api/v1/data-quality (the team leader's counts, seven checks)", await Measure(requests / 5, _ => leader.GetAsync("/api/v1/data-quality"))),
    ("GET /api/v1/people/{id}/timeline (1,300 entries, the first 25)", await Measure(requests, _ => api.GetAsync(timeline))),
    ("GET /api/v1/people/{id}/timeline (the 25 from offset 1,000)", await Measure(requests, _ => api.GetAsync($"{timeline}?cursor={deep}"))),
};

Console.WriteLine();
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {people} people; {requests} sequential requests each after {warmup} warm-up");
Console.WriteLine();
Console.WriteLine("| Request | p50 ms | p95 ms | p99 ms | mean ms |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var (name, ms) in results)
{
    Array.Sort(ms);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Pct(ms, 50):0.00} | {Pct(ms, 95):0.00} | {Pct(ms, 99):0.00} | {ms.Average():0.00} |"));
}

if (postgres is not null)
{
    var hello = await Throughput(5, 8, async () => (await api.GetAsync("/health/live")).EnsureSuccessStatusCode());
    var work = await Throughput(5, 8, async () => (await api.GetAsync("/api/v1/work")).EnsureSuccessStatusCode());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Throughput, 8 clients, 5 s | GET /health/live {hello:0} req/s | GET /api/v1/work {work:0} req/s |"));
    server.Kill(entireProcessTree: true);
    return 0;
}

// Throughput (CMP-04's target is in requests per second): the work queue against hello world (/health/live) through
// the same server, and against the same query sent straight to the SQLite file, each with the same concurrency.
const int Workers = 8;
var seconds = ArgInt("--seconds", 10);
using var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "waypoint.db")};Mode=ReadOnly;Pooling=True");
await raw.OpenAsync();
var officerId = (string)(await Scalar(raw, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'case.officer'"))!;
var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
// What GET /api/v1/work asks of the database for one page: the count, then the page joined to the people.
const string OpenWork = "FROM \"Obligations\" o WHERE o.\"OwnerUserId\" = $me AND o.\"MetOn\" IS NULL AND o.\"WaivedOn\" IS NULL AND (o.\"EndedOn\" IS NULL OR o.\"EndedOn\" > $today)";
async Task RawWorkQueue()
{
    await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(raw.ConnectionString);
    await connection.OpenAsync();
    await using var count = connection.CreateCommand();
    count.CommandText = $"SELECT COUNT(*) {OpenWork}";
    count.Parameters.AddWithValue("$me", officerId);
    count.Parameters.AddWithValue("$today", today);
    await count.ExecuteScalarAsync();
    await using var page = connection.CreateCommand();
    page.CommandText = $"SELECT o.*, p.\"OffenderNumber\", p.\"GivenNames\", p.\"FamilyName\" {OpenWork.Replace("FROM \"Obligations\" o", "FROM \"Obligations\" o JOIN \"People\" p ON p.\"Id\" = o.\"PersonId\"")} ORDER BY o.\"DueOn\", o.\"Key\" LIMIT 25";
    page.Parameters.AddWithValue("$me", officerId);
    page.Parameters.AddWithValue("$today", today);
    await using var reader = await page.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
    }
}
var throughput = new List<(string Name, double PerSecond)>
{
    ("GET /health/live (hello world through the full pipeline)", await Throughput(seconds, Workers, async () => (await api.GetAsync("/health/live")).EnsureSuccessStatusCode())),
    ("GET /api/v1/work (the demo case officer)", await Throughput(seconds, Workers, async () => (await api.GetAsync("/api/v1/work")).EnsureSuccessStatusCode())),
    ("The same two queries straight to SQLite (no HTTP, no app)", await Throughput(seconds, Workers, RawWorkQueue)),
};
Console.WriteLine();
Console.WriteLine($"| Throughput, {Workers} concurrent clients for {seconds} s | requests/s |");
Console.WriteLine("|---|---:|");
foreach (var (name, perSecond) in throughput)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {perSecond:0} |"));
}
server.Kill(entireProcessTree: true);
return 0;

static async Task<object?> Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return await command.ExecuteScalarAsync();
}

static async Task<double> Throughput(int seconds, int workers, Func<Task> call)
{
    // Three seconds' warm-up at full load first, so the JIT's tiering is done before the count starts (with 20
    // requests of warm-up the first run measured a third lower than the same run repeated).
    await Run(3);
    return await Run(seconds);

    async Task<double> Run(int forSeconds)
    {
        var done = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (until.Elapsed.TotalSeconds < forSeconds)
            {
                await call();
                Interlocked.Increment(ref done);
            }
        }));
        return done / until.Elapsed.TotalSeconds;
    }
}

static double Pct(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

async Task<double[]> Measure(int n, Func<int, Task<HttpResponseMessage>> call)
{
    for (var i = 0; i < warmup; i++)
    {
        (await call(i)).EnsureSuccessStatusCode();
    }
    var times = new double[n];
    for (var i = 0; i < n; i++)
    {
        var sw = Stopwatch.StartNew();
        using var response = await call(i);
        await response.Content.ReadAsByteArrayAsync();
        times[i] = sw.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
    }
    return times;
}

static async Task<HttpClient> ApiClient(Uri baseUri, string user)
{
    using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUri };
    var api = new HttpClient { BaseAddress = baseUri };
    api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CreateToken(http, user));
    return api;
}

static async Task<string> CreateToken(HttpClient http, string user)
{
    var signIn = await http.GetStringAsync("/Account/SignIn");
    var signedIn = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["UserName"] = user, ["Password"] = "Waypoint-demo-2026", ["__RequestVerificationToken"] = Antiforgery(signIn),
    }));
    if (signedIn.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Could not sign in as the demo account {user}.");
    }
    var page = await http.GetStringAsync("/Account/Tokens");
    var created = await http.PostAsync("/Account/Tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Name"] = "benchmark", ["Days"] = "1", ["__RequestVerificationToken"] = Antiforgery(page),
    }));
    var html = await created.Content.ReadAsStringAsync();
    return Regex.Match(html, "id=\"new-token\">(wpt_[A-Za-z0-9_-]+)<").Groups[1].Value;
}

static string Antiforgery(string html) => Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

static async Task WaitReady(HttpClient http)
{
    for (var i = 0; i < 300; i++)
    {
        try
        {
            if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }
        await Task.Delay(200);
    }
    throw new TimeoutException("The app did not become ready.");
}

static Process Start(string dll, string args, string data)
{
    var info = new ProcessStartInfo("dotnet", $"{dll} {args}") { RedirectStandardOutput = true, RedirectStandardError = true };
    info.Environment["DataFolder"] = data;
    info.Environment["Logging__LogLevel__Default"] = "Warning";
    info.Environment["Auth__SignInAttemptsPerMinute"] = "1000";
    var process = Process.Start(info)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task RunToEnd(string dll, string args, string data)
{
    using var process = Start(dll, args, data);
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"`{args}` failed with exit code {process.ExitCode}");
    }
}

static int FreePort()
{
    var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Waypoint.slnx")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the Waypoint repository.");
}

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

int ArgInt(string name, int fallback) => int.TryParse(Arg(name), out var v) ? v : fallback;
