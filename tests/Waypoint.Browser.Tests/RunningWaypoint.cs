using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Waypoint.Browser.Tests;

/// <summary>
/// The real program, started as its own process exactly as the README's first command does (a fresh SQLite data
/// folder, migrations, demo jurisdiction), on a free loopback port. Also runs its command-line verbs on the same data.
/// </summary>
public sealed class RunningWaypoint : IAsyncLifetime
{
    public const string DemoPassword = "Waypoint-demo-2026";

    private readonly string data = Path.Combine(Path.GetTempPath(), "waypoint-browser", Guid.NewGuid().ToString("N"));
    private Process? server;
    private readonly System.Text.StringBuilder serverOutput = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1");

    public string DataFolder => data;

    public string ServerOutput
    {
        get
        {
            lock (serverOutput)
            {
                return serverOutput.ToString();
            }
        }
    }

    public static string RepoRootFolder => RepoRoot;

    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Waypoint.slnx")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Not inside the Waypoint repository");
        }
    }

    private static string Configuration => AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string WebDll => Path.Combine(RepoRoot, "src/Waypoint.Web/bin", Configuration, "net10.0/Waypoint.Web.dll");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(data);
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        server = Process.Start(Info($"--urls {BaseUrl} --contentRoot {Path.Combine(RepoRoot, "src/Waypoint.Web")}", new() { ["Demo__People"] = "40" }))!;
        server.OutputDataReceived += (_, e) => Capture(e.Data);
        server.ErrorDataReceived += (_, e) => Capture(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            if (server.HasExited)
            {
                break;
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"Waypoint did not start:\n{ServerOutput}");
    }

    public async Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; nothing depends on it.
        }
    }

    /// <summary>Runs a command-line verb against this instance's data folder.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string arguments, Dictionary<string, string>? environment = null, string? input = null)
    {
        var info = Info(arguments, environment ?? []);
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A verb that never ends (a server started where a refusal was expected) fails the test instead of hanging the run.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{arguments}' did not finish within 5 minutes");
        }
        return (process.ExitCode, await output, await error);
    }

    private ProcessStartInfo Info(string arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet", $"{WebDll} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data,
        };
        info.Environment["DataFolder"] = data;
        info.Environment["Auth__SignInAttemptsPerMinute"] = "1000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return info;
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            lock (serverOutput)
            {
                serverOutput.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
