using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Contacts;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Core.Security;
using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data;

public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? Team = null);

/// <summary>
/// A deterministic demo jurisdiction: one account per role and people with aliases, identifiers, alerts and
/// responsivity factors. The same seed always gives the same people, so the README tour and benchmarks are repeatable.
/// </summary>
public static class DemoData
{
    /// <summary>Documented in the README; demo databases only.</summary>
    public const string Password = "Waypoint-demo-2026";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("case.officer", "Casey Officer", Roles.CaseOfficer, CityTeam),
        new("prison.case.officer", "Kim Nguyen", Roles.CaseOfficer, CaseManagementUnit),
        new("team.leader", "Terry Leader", Roles.TeamLeader, CityTeam),
        new("assessment.officer", "Asha Assessor", Roles.AssessmentOfficer, AssessmentUnit),
        new("coordinator", "Cody Coordinator", Roles.CaseManagementCoordinator, CaseManagementUnit),
        new("unit.manager", "Uma Manager", Roles.UnitManager, CaseManagementUnit),
        new("prison.officer", "Priya Officer", Roles.PrisonOfficer, CaseManagementUnit),
        new("superintendents.delegate", "Sam Delegate", Roles.SuperintendentsDelegate, CaseManagementUnit),
        new("assistant.superintendent", "Alex Assistant", Roles.AuthorisedAssistantSuperintendent, CaseManagementUnit),
        new("manager", "Morgan Manager", Roles.Manager),
        new("records.officer", "Rory Records", Roles.RecordsOfficer),
        new("admin", "Ada Administrator", Roles.Administrator),
        new("auditor", "Avery Auditor", Roles.Auditor),
    ];

    private const string CityTeam = "City Team A";
    private const string AssessmentUnit = "Assessment Unit";
    private const string CaseManagementUnit = "Case Management Unit";

    /// <summary>A community jurisdiction (ACT, C23.2) and a prison jurisdiction (WA, COPP 10.3), two sites each.</summary>
    private static readonly (string Code, string Name, SiteKind Kind, string Jurisdiction, string TimeZone, string[] Teams)[] Sites =
    [
        ("CBR-CITY", "Canberra City Community Corrections", SiteKind.CommunityOffice, "ACT", "Australia/Sydney", [CityTeam, "City Team B"]),
        ("CBR-BEL", "Belconnen Community Corrections", SiteKind.CommunityOffice, "ACT", "Australia/Sydney", ["Belconnen Team"]),
        ("WA-EMP", "Eastern Metropolitan Prison", SiteKind.Prison, "WA", "Australia/Perth", [CaseManagementUnit, AssessmentUnit]),
        ("WA-SRP", "Southern Regional Prison", SiteKind.Prison, "WA", "Australia/Perth", ["Southern Case Management Unit"]),
        // Exempt from the prisons pack's case management time limits (COPP 10.3 Scope; CMP-07).
        ("WA-WRP", "Wandoo Rehabilitation Prison", SiteKind.Prison, "WA", "Australia/Perth", ["Wandoo Program Team"]),
    ];

    // Names that must be found as typed: apostrophes, hyphens, spaces and diacritics (PPL-07).
    private static readonly (string Family, string Given)[] Distinctive =
    [
        ("O'Brien", "Siobhán"), ("Nguyễn", "Thị Lan"), ("Smith-Jones", "Mary-Kate"), ("De la Cruz", "José"),
        ("Müller", "Jürgen"), ("Ó Súilleabháin", "Pádraig"), ("D'Angelo", "Chiara"), ("Van der Berg", "Anneke"),
    ];

    public static async Task SeedAsync(IServiceProvider services, int people, int seed, TextWriter output, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<WaypointDbContext>();
        var teams = await SeedSitesAsync(db, output, ct);
        await SeedAccountsAsync(services, teams, output);
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);
        var officers = await db.Users.AsNoTracking().Where(u => u.UserName == "case.officer" || u.UserName == "prison.case.officer" || u.UserName == "assessment.officer" || u.UserName == "coordinator")
            .ToDictionaryAsync(u => u.UserName!, u => new Features.Allocation.Officer(u.Id, u.DisplayName), ct);
        var siteOfficers = await SeedOfficersAsync(db, services.GetRequiredService<UserManager<WaypointUser>>(), people, seed, services.GetRequiredService<TimeProvider>(), output, ct);
        using (db.PauseObligationUpkeep())
        {
            await SeedPeopleAsync(db, people, seed, services.GetRequiredService<TimeProvider>(), new Jurisdiction(sites, officers, siteOfficers), output, ct);
        }
        if (db.ObligationUpkeep is { } upkeep)
        {
            var rebuilt = await upkeep.RebuildAsync(db, people > 10_000 ? output : null, ct);
            await output.WriteLineAsync($"Demo obligations ready: {rebuilt.Obligations}.");
        }
        await DatabaseSetup.RefreshStatisticsAsync(db, ct);
    }

    private static async Task<Dictionary<string, Team>> SeedSitesAsync(WaypointDbContext db, TextWriter output, CancellationToken ct)
    {
        if (await db.Sites.AnyAsync(ct))
        {
            return await db.Teams.ToDictionaryAsync(t => t.Name, ct);
        }
        var teams = new Dictionary<string, Team>();
        foreach (var (code, name, kind, jurisdiction, zone, teamNames) in Sites)
        {
            var site = Site.Create(code, name, kind, jurisdiction, zone);
            db.Sites.Add(site);
            foreach (var teamName in teamNames)
            {
                teams[teamName] = Team.Create(teamName, site.Id, null);
                db.Teams.Add(teams[teamName]);
            }
        }
        await db.SaveChangesAsync(ct);
        await output.WriteLineAsync($"Demo sites ready: {Sites.Length}, with {teams.Count} teams.");
        return teams;
    }

    private static async Task SeedAccountsAsync(IServiceProvider services, Dictionary<string, Team> teams, TextWriter output)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var users = services.GetRequiredService<UserManager<WaypointUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }
            var user = new WaypointUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
                AccessExpiresAt = account.Role == Roles.Auditor ? clock.GetUtcNow().AddDays(90) : null,
                TeamId = account.Team is { } team ? teams[team].Id : null,
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, account.Role);
        }
        // Team leaders lead the team they are in.
        var db = services.GetRequiredService<WaypointDbContext>();
        foreach (var leader in Accounts.Where(a => a.Role == Roles.TeamLeader && a.Team is not null))
        {
            var leaderId = (await users.FindByNameAsync(leader.UserName))!.Id;
            var teamId = teams[leader.Team!].Id;
            await db.Teams.Where(t => t.Id == teamId).ExecuteUpdateAsync(s => s.SetProperty(t => t.TeamLeaderUserId, leaderId));
        }
        await SeedStaffProfilesAsync(db, users, clock);
        await SeedDutiesAsync(db, users, clock);
        await output.WriteLineAsync($"Demo accounts ready: {Accounts.Count} (one per role).");
    }

    /// <summary>
    /// REC-01: at Southern Regional Prison the unit manager does coordinator duties, and the register authorises the
    /// demo unit manager (who works at Eastern Metropolitan) to do them there.
    /// </summary>
    private static async Task SeedDutiesAsync(WaypointDbContext db, UserManager<WaypointUser> users, TimeProvider clock)
    {
        if (await db.Delegations.AnyAsync())
        {
            return;
        }
        var southern = await db.Sites.SingleAsync(s => s.Code == "WA-SRP");
        southern.AssignCoordinatorDuties(Roles.UnitManager);
        var manager = (await users.FindByNameAsync("unit.manager"))!;
        var superintendent = (await users.FindByNameAsync("superintendents.delegate"))!;
        db.Delegations.Add(Delegation.Record(southern.Id, DelegatedDuty.CoordinatorDuties, manager.Id, manager.DisplayName, superintendent.Id, superintendent.DisplayName,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-30), null, "Superintendent's instruction 2026/14: Southern Regional has no unit manager on site"));
        await db.SaveChangesAsync();
    }

    /// <summary>Skills, languages, capacity and leave for the officers the README tour visits (STF-01, STF-04).</summary>
    private static async Task SeedStaffProfilesAsync(WaypointDbContext db, UserManager<WaypointUser> users, TimeProvider clock)
    {
        if (await db.StaffMembers.AnyAsync())
        {
            return;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        (string UserName, string[] Skills, string[] Languages, int? Capacity)[] profiles =
        [
            ("case.officer", ["Family violence", "Motivational interviewing"], ["English", "Vietnamese"], 300),
            ("prison.case.officer", ["Aboriginal and Torres Strait Islander liaison", "Release planning"], ["English", "Kriol"], 150),
            ("assessment.officer", ["LSI-R", "Static-99R"], ["English", "Arabic"], null),
            ("team.leader", ["Supervision", "Breach action"], ["English"], null),
        ];
        foreach (var (userName, skills, languages, capacity) in profiles)
        {
            var member = StaffMember.For((await users.FindByNameAsync(userName))!.Id);
            member.Describe(skills, [], languages, capacity);
            db.StaffMembers.Add(member);
            if (userName == "assessment.officer")
            {
                member.AddLeave(today.AddDays(-2), today.AddDays(12), "Annual");
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The demo's sites, its named officers, and the generated case officers at each site.</summary>
    private sealed record Jurisdiction(Dictionary<string, Site> Sites, Dictionary<string, Features.Allocation.Officer> Officers, Dictionary<string, List<Features.Allocation.Officer>> SiteOfficers);

    /// <summary>Roughly where the demo's people are (see <see cref="SeedSentence"/>), to staff each site for about 45 cases an officer.</summary>
    private static readonly (string Site, double Share)[] Caseloads = [("CBR-CITY", 0.42), ("CBR-BEL", 0.18), ("WA-EMP", 0.24), ("WA-SRP", 0.14), ("WA-WRP", 0.02)];

    /// <summary>
    /// STF-01, STF-04: enough case officers at each site for a realistic caseload, each with a capacity, so a large
    /// jurisdiction is not one officer with thousands of cases. Accounts are added in bulk with one password hash (the
    /// demo password), as hashing it thousands of times would take minutes.
    /// </summary>
    private static async Task<Dictionary<string, List<Features.Allocation.Officer>>> SeedOfficersAsync(WaypointDbContext db, UserManager<WaypointUser> users, int people, int seed, TimeProvider clock, TextWriter output, CancellationToken ct)
    {
        var existing = await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("officer.")).OrderBy(u => u.UserName)
            .Select(u => new { u.UserName, u.Id, u.DisplayName }).ToListAsync(ct);
        if (existing.Count > 0)
        {
            // Seeded before (accounts are kept when only people are missing): use those officers again.
            return existing.GroupBy(u => u.UserName!.Split('.')[1].ToUpperInvariant())
                .ToDictionary(g => g.Key, g => g.Select(u => new Features.Allocation.Officer(u.Id, u.DisplayName)).ToList());
        }
        var faker = new Faker("en_AU") { Random = new Randomizer(seed + 1) };
        var teams = await db.Teams.AsNoTracking().Join(db.Sites, t => t.SiteId, s => s.Id, (t, s) => new { t.Id, s.Code, t.Name }).ToListAsync(ct);
        var roleId = await db.Roles.Where(r => r.Name == Roles.CaseOfficer).Select(r => r.Id).SingleAsync(ct);
        var hash = users.PasswordHasher.HashPassword(new WaypointUser(), Password);
        var officers = new Dictionary<string, List<Features.Allocation.Officer>>();
        foreach (var (code, share) in Caseloads)
        {
            var team = teams.Where(t => t.Code == code).OrderBy(t => t.Name).First();
            var list = officers[code] = [];
            for (var n = 1; n <= Math.Max(1, (int)Math.Ceiling(people * share / 45)); n++)
            {
                var userName = $"officer.{code.ToLowerInvariant()}.{n:D4}";
                var user = new WaypointUser
                {
                    UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = faker.Name.FullName(),
                    PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                    LockoutEnabled = true, CreatedAt = clock.GetUtcNow(), TeamId = team.Id,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
                var member = StaffMember.For(user.Id);
                member.Describe([], [], faker.Random.Double() < 0.2 ? ["English", faker.PickRandom("Vietnamese", "Arabic", "Mandarin", "Kriol", "Greek")] : ["English"], faker.Random.Int(110, 170));
                db.StaffMembers.Add(member);
                list.Add(new Features.Allocation.Officer(user.Id, user.DisplayName));
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await output.WriteLineAsync($"Demo case officers ready: {officers.Values.Sum(l => l.Count)} across the sites.");
        return officers;
    }

    private static async Task SeedPeopleAsync(WaypointDbContext db, int count, int seed, TimeProvider clock, Jurisdiction jurisdiction, TextWriter output, CancellationToken ct)
    {
        var faker = new Faker("en_AU") { Random = new Randomizer(seed) };
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow();
        var start = await db.Counters.Where(c => c.Name == Counters.OffenderNumber).Select(c => c.Value).SingleAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        const int batch = 2000;
        for (var i = 1; i <= count; i++)
        {
            var (family, given) = i <= Distinctive.Length ? Distinctive[i - 1] : (faker.Name.LastName(), faker.Name.FirstName());
            var dob = today.AddDays(-faker.Random.Int(18 * 365, 70 * 365));
            var details = new PersonDetails(family, given, dob,
                faker.PickRandom(Gender.Male, Gender.Male, Gender.Female, Gender.NonBinary, Gender.NotStated),
                faker.Random.Double() < 0.2 ? faker.PickRandom(IndigenousStatus.Aboriginal, IndigenousStatus.TorresStraitIslander, IndigenousStatus.AboriginalAndTorresStraitIslander) : IndigenousStatus.Neither,
                faker.Random.Double() < 0.15 ? faker.PickRandom("Vietnamese", "Arabic", "Mandarin", "Kriol", "Pitjantjatjara", "Greek") : "English",
                false, faker.Phone.PhoneNumber("04## ### ###"), null, $"{faker.Address.StreetAddress()}, {faker.Address.City()} {faker.Address.StateAbbr()} {faker.Address.ZipCode()}", PersonStatus.Active, null, null);
            details = details with { InterpreterRequired = details.PreferredLanguage != "English" && faker.Random.Bool() };
            var person = Core.People.Person.Register(Counters.FormatOffenderNumber(start + i), details, today, now);
            if (faker.Random.Double() < 0.3)
            {
                person.AddAlias(faker.Random.Bool() ? family : faker.Name.LastName(), faker.Name.FirstName());
            }
            person.AddIdentifier("Court file", $"CF{faker.Random.Int(100000, 999999)}-{i}");
            if (faker.Random.Double() < 0.5)
            {
                person.AddIdentifier("Police CNI", $"CNI{start + i:D8}");
            }
            if (faker.Random.Double() < 0.2)
            {
                var type = faker.PickRandom(AlertType.Violence, AlertType.SelfHarm, AlertType.Medical, AlertType.VictimNoContact);
                person.RaiseAlert(type, AlertDetails(type), today.AddDays(-faker.Random.Int(1, 400)), null, "Demo data", now);
            }
            if (faker.Random.Double() < 0.25)
            {
                var type = faker.PickRandom(ResponsivityFactorType.Literacy, ResponsivityFactorType.AcquiredBrainInjury, ResponsivityFactorType.CultureAndLanguage, ResponsivityFactorType.Neurodiversity);
                person.AddResponsivityFactor(type, "Check understanding at each appointment; written material in plain language.");
            }
            if (faker.Random.Double() < 0.4)
            {
                person.AddSignificantOther(faker.Name.FullName(), faker.PickRandom(SignificantOtherKind.Family, SignificantOtherKind.Partner, SignificantOtherKind.SupportAgency), "Support person", faker.Phone.PhoneNumber("04## ### ###"));
            }
            db.People.Add(person);
            // The first people keep a clean sentence and custody record for the README tour and the browser tests.
            if (i > Distinctive.Length)
            {
                SeedSentence(db, faker, person.Id, i, today, jurisdiction);
            }
            if (i % batch == 0 || i == count)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                if (count > batch)
                {
                    await output.WriteLineAsync($"  {i} of {count} people");
                }
            }
        }
        await db.Counters.Where(c => c.Name == Counters.OffenderNumber).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, start + count), ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await output.WriteLineAsync($"Demo people ready: {count}.");
    }

    /// <summary>
    /// Two in five are in prison (imprisonment, a placement at one of the two prisons, half of those at Eastern
    /// Metropolitan allocated to its case officer); the rest are on a community order, the first hundred or so of them
    /// allocated to the demo case officer.
    /// </summary>
    private static void SeedSentence(WaypointDbContext db, Faker faker, Guid personId, int i, DateOnly today, Jurisdiction j)
    {
        var start = today.AddDays(-faker.Random.Int(10, 900));
        var allocation = CaseAllocation.For(personId);
        var sentenced = false;
        if (faker.Random.Double() < 0.4)
        {
            // Beyond the demo's first 200, one prisoner in twenty is on remand, awaiting trial: no sentence dates yet.
            if (i > 200 && faker.Random.Double() < 0.05)
            {
                // At least six days ago, so an arrival up to five days after the start is never in the future.
                start = today.AddDays(-faker.Random.Int(6, 60));
                db.Orders.Add(Order.Make(personId, "prisons", "Remand", true, "Magistrates Court of WA", new OrderDates(start, start, null, null, null, null, null), today));
            }
            else
            {
                sentenced = true;
                var release = start.AddDays(faker.Random.Int(200, 1800));
                var dates = new OrderDates(start, start, null, release.AddDays(faker.Random.Int(100, 700)),
                    faker.Random.Bool() ? release : null, null, null);
                dates = dates.EarliestRelease is null ? dates with { EarliestDateOfRelease = release } : dates;
                db.Orders.Add(Order.Make(personId, "prisons", "Imprisonment", true, faker.PickRandom("District Court of WA", "Supreme Court of WA", "Magistrates Court"), dates, today));
            }
            var where = faker.Random.Double();
            var eastern = where < 0.6;
            var site = j.Sites[eastern ? "WA-EMP" : where < 0.95 ? "WA-SRP" : "WA-WRP"];
            var custody = CustodyRecord.For(personId);
            var arrived = faker.Random.Double() < 0.15 ? today.AddDays(-faker.Random.Int(0, 12)) : start.AddDays(faker.Random.Int(0, 5));
            // About one in eight came by permanent transfer from the other prison, after at least a fortnight there.
            if (arrived > start.AddDays(14) && faker.Random.Double() < 0.125)
            {
                var from = j.Sites[eastern ? "WA-SRP" : "WA-EMP"];
                custody.Place(from.Id, from.Name, "Reception", start, permanent: true, null, today);
                custody.Place(site.Id, site.Name, $"Unit {faker.Random.Int(1, 8)}", arrived, permanent: true, faker.PickRandom("Closer to family", "Program availability", "Protection", "Population management"), today);
            }
            else
            {
                custody.Place(site.Id, site.Name, $"Unit {faker.Random.Int(1, 8)}", arrived, permanent: true, null, today);
            }
            custody.Classify(faker.PickRandom("Maximum", "Medium", "Minimum"), arrived, "On reception", "Demo data", today);
            db.CustodyRecords.Add(custody);
            if (arrived < today.AddDays(-12) && faker.Random.Double() < 0.9)
            {
                // The demo's own case officer takes Eastern Metropolitan's first prisoners; the site's officers the rest.
                var officer = eastern && i < 200 ? j.Officers["prison.case.officer"] : faker.PickRandom(j.SiteOfficers[site.Code]);
                allocation.Allocate(AllocationKind.CaseOfficer, officer.UserId, officer.Name, arrived.AddDays(faker.Random.Int(1, 7)), "On arrival", null, "Demo data", today);
            }
            // COPP 10.3: a case officer follows an approved IMP. Every allocated prisoner has one, approved on arrival;
            // of the rest, one in four is still waiting for theirs. (Chosen by position, not by the faker, so the rest
            // of the demo stays as it was.)
            if (sentenced && (allocation.Allocations.Count > 0 || i % 4 != 0))
            {
                SeedImp(db, personId, arrived, j);
            }
        }
        else
        {
            var type = faker.PickRandom("ICO", "CCO", "GBO", "Parole");
            var supervision = start.AddDays(faker.Random.Int(0, 7));
            // The demo case officer's cases are at Canberra City; the rest are shared with Belconnen.
            var office = j.Sites[i < 130 || faker.Random.Double() < 0.7 ? "CBR-CITY" : "CBR-BEL"];
            var order = Order.Make(personId, "community", type, false, faker.PickRandom("ACT Supreme Court", "ACT Magistrates Court", "Sentence Administration Board"),
                new OrderDates(start, start, supervision, supervision.AddDays(faker.Random.Int(200, 1100)), null, null, null), today, office.Id);
            if (type == "CCO")
            {
                order.AddCondition("CommunityService", "Community service work", faker.Random.Int(40, 300));
            }
            db.Orders.Add(order);
            if (i < 130 || faker.Random.Double() < 0.85)
            {
                var officer = i < 130 ? j.Officers["case.officer"] : faker.PickRandom(j.SiteOfficers[office.Code]);
                allocation.Allocate(AllocationKind.ResponsibleOfficer, officer.UserId, officer.Name, supervision, "New order", null, "Demo data", today);
                if (i < 130)
                {
                    SeedCaseHistory(db, personId, order, officer, i, today);
                }
            }
        }
        if (allocation.Allocations.Count > 0)
        {
            db.CaseAllocations.Add(allocation);
        }
    }

    /// <summary>An IMP written by the demo's assessment officer and approved by its coordinator on the day given.</summary>
    private static readonly (CaseNoteCategory Category, string Text)[] LaterNotes =
    [
        (CaseNoteCategory.Welfare, "Says the new flat is working out; rent is paid through Centrelink. No concerns raised about safety at home."),
        (CaseNoteCategory.Participation, "Started the program at the community health centre; attended both sessions this fortnight and took part."),
        (CaseNoteCategory.PositiveBehaviour, "Has held the warehouse job for six weeks and brought in a payslip. Talked about keeping away from old associates."),
    ];

    /// <summary>
    /// For the demo case officer's people: a note of the first appointment, a later note, and for one in four an
    /// appointment booked in the coming fortnight, so the timeline and the diary have something in them. Chosen by
    /// position, not by the faker, so the rest of the demo stays as it was; booked appointments are not facts for the
    /// engine until their outcome is recorded.
    /// </summary>
    private static void SeedCaseHistory(WaypointDbContext db, Guid personId, Order order, Features.Allocation.Officer officer, int i, DateOnly today)
    {
        static DateTimeOffset Late(DateOnly day) => new(day.ToDateTime(new TimeOnly(16, 30)), TimeSpan.Zero);
        var start = order.Dates.SupervisionStart!.Value;
        if (start.AddDays(2) is var first && first < today)
        {
            db.CaseNotes.Add(CaseNote.Write(personId, CaseNoteCategory.Contact, CaseNoteSensitivity.Standard, first,
                "First appointment: went through the order's conditions and how reporting works; gave the reporting card and the office's address.",
                officer.UserId, officer.Name, Late(first)));
        }
        if (start.AddDays(30 + i % 20) is var later && later < today)
        {
            var (category, text) = LaterNotes[i % LaterNotes.Length];
            db.CaseNotes.Add(CaseNote.Write(personId, category, CaseNoteSensitivity.Standard, later, text, officer.UserId, officer.Name, Late(later)));
        }
        if (i % 4 == 1)
        {
            var on = today.AddDays(1 + i % 10);
            on = on.DayOfWeek switch { DayOfWeek.Saturday => on.AddDays(2), DayOfWeek.Sunday => on.AddDays(1), _ => on };
            var details = new ContactDetails(personId, order.Id, ContactKind.Office, on, new TimeOnly(9, 0).AddMinutes(30 * (i % 12)), 45, "Canberra City office", null, "Supervision appointment");
            db.Contacts.Add(Contact.Book(details, officer.UserId, officer.Name, officer.UserId, new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), today));
        }
    }

    private static void SeedImp(WaypointDbContext db, Guid personId, DateOnly approvedOn, Jurisdiction j)
    {
        var (author, approver) = (j.Officers["assessment.officer"], j.Officers["coordinator"]);
        var imp = IndividualManagementPlan.Draft(personId, author.UserId, author.Name);
        imp.Write(new ImpContent(
            "Substance use and limited work history", "Remain at the current prison; consider minimum security after twelve months", "Medium",
            [new ImpIntervention(Guid.NewGuid(), "Pathways substance use program", ImpInterventionKind.Program), new ImpIntervention(Guid.NewGuid(), "Certificate II in Construction", ImpInterventionKind.Vocational)],
            new Consultation(true, true, true)));
        imp.Submit([], new DateTimeOffset(approvedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        imp.Approve(approver.UserId, approver.Name, approvedOn);
        db.IndividualManagementPlans.Add(imp);
    }

    private static string AlertDetails(AlertType type) => type switch
    {
        AlertType.Violence => "History of violence towards staff; two officers for home visits.",
        AlertType.SelfHarm => "Recent self-harm; check wellbeing at each contact.",
        AlertType.Medical => "Insulin-dependent diabetic.",
        AlertType.VictimNoContact => "No contact with the victim named in the court order.",
        _ => "See case notes.",
    };
}
