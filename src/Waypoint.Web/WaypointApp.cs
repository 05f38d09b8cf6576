using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;
using Waypoint.Core.Security;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Allocation;
using Waypoint.Web.Features.Assessments;
using Waypoint.Web.Features.Plans;
using Waypoint.Web.Features.Documents;
using Waypoint.Web.Features.Imps;
using Waypoint.Web.Features.Contacts;
using Waypoint.Web.Features.Enforcement;
using Waypoint.Web.Features.Audit;
using Waypoint.Web.Features.CaseNotes;
using Waypoint.Web.Features.CaseTeam;
using Waypoint.Web.Features.Compliance;
using Waypoint.Web.Features.Compliance.Reporting;
using Waypoint.Web.Features.DataQuality;
using Waypoint.Web.Features.Notifications;
using Waypoint.Web.Features.Custody;
using Waypoint.Web.Features.Orders;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Staff;

namespace Waypoint.Web;

/// <summary>Builds the web host: services, security, middleware and endpoints, in the order they apply.</summary>
public static class WaypointApp
{
    public const string SignInRateLimit = "sign-in";
    private const string ByPath = "ByPath";
    public const long ApiMaxBodyBytes = 256 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        // Structured JSON logs. Handlers log ids and outcomes, never names or other personal data.
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);

        services.AddSingleton(TimeProvider.System);
        // Loaded now, not on first use: a broken pack must stop start-up (CMP-01).
        services.AddSingleton(PolicyPacks.Load(PolicyPacks.Folder(config)));
        services.AddHttpContextAccessor();
        services.AddWaypointDatabase(config);

        services.AddIdentity<WaypointUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Auth:MaxFailedSignIns", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<WaypointDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<WaypointClaims>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "waypoint.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = config.GetValue("Auth:RequireHttps", false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(config.GetValue("Auth:IdleTimeoutMinutes", 30));
            o.Events.OnValidatePrincipal = async context =>
            {
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (context.Principal is { } p && WaypointClaims.HasExpired(p, clock.GetUtcNow()))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });
        // Role changes and locks reach signed-in sessions within a minute, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Pages sign in with the Identity cookie; everything under /api uses API tokens, even when no endpoint matched,
        // so an API client is never redirected to a sign-in page.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ByPath;
                o.DefaultAuthenticateScheme = ByPath;
                o.DefaultChallengeScheme = ByPath;
                o.DefaultForbidScheme = ByPath;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokens.Scheme, null)
            .AddPolicyScheme(ByPath, "Cookie for pages, token for the API", o => o.ForwardDefaultSelector =
                context => IsApi(context.Request.Path) ? ApiTokens.Scheme : IdentityConstants.ApplicationScheme);
        services.AddAuthorization(Policies.Add);

        services.AddDataProtection().SetApplicationName("Waypoint").PersistKeysToDbContext<WaypointDbContext>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "waypoint.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        var signInsPerMinute = config.GetValue("Auth:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/People", Policies.ReadPeople);
            o.Conventions.AuthorizeFolder("/Audit", Policies.ReadAudit);
            o.Conventions.AuthorizeFolder("/Admin", Policies.ManageAccounts);
            o.Conventions.AddPageApplicationModelConvention("/Account/SignIn",
                m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInRateLimit)));
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiErrors>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Waypoint API";
            doc.Info.Description = "Case management for corrections. Authenticate with a personal API token: `Authorization: Bearer wpt_…`.";
            return Task.CompletedTask;
        }));

        services.AddHealthChecks()
            .AddDbContextCheck<WaypointDbContext>("database")
            .AddCheck<MigrationsHealthCheck>("migrations");

        services.AddScoped<AuditTrail>();
        services.AddSingleton<Features.Compliance.Obligations>();
        services.AddSingleton<IObligationUpkeep>(s => s.GetRequiredService<Features.Compliance.Obligations>());
        services.AddScoped<PersonAccess>();
        services.AddScoped<CoordinatorDuties>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, DoesCoordinatorDutiesHandler>();
        services.AddScoped<PersonRecords>();
        services.AddScoped<PersonSearch>();
        services.AddScoped<PersonHistory>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<SiteDirectory>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<DelegationRegister>();
        services.AddMemoryCache();
        services.AddScoped<Features.Compliance.WorkQueue>();
        services.AddScoped<Features.Compliance.PersonObligations>();
        services.AddScoped<Features.Compliance.Waivers>();
        services.AddScoped<Features.Compliance.ObligationPreview>();
        services.AddScoped<Features.Compliance.Reporting.ComplianceReport>();
        services.AddScoped<Features.DataQuality.DataQualityChecks>();
        services.AddScoped<Features.CaseTeam.CaseTeams>();
        services.AddScoped<Features.CaseNotes.CaseNotes>();
        services.AddScoped<Features.CaseNotes.Timeline>();
        services.AddScoped<Features.Assessments.Assessments>();
        services.AddScoped<Features.Plans.Plans>();
        services.AddScoped<Features.Contacts.Contacts>();
        services.AddScoped<Features.Contacts.Inductions>();
        services.AddScoped<Features.Contacts.Diaries>();
        services.AddScoped<Features.Contacts.ContactReports>();
        services.AddScoped<Features.Contacts.DiaryFeeds>();
        services.AddScoped<Features.Enforcement.NonCompliances>();
        services.AddScoped<Features.Enforcement.Warnings>();
        services.AddScoped<Features.Enforcement.Breaches>();
        services.AddScoped<Features.Enforcement.EffectivenessSummaries>();
        services.AddScoped<Features.Plans.PlanQueue>();
        services.AddScoped<Features.Documents.Documents>();
        services.AddScoped<Features.Imps.Imps>();
        services.AddScoped<Features.Notifications.Notifications>();
        services.AddScoped<Workloads>();
        services.AddScoped<OrderRecords>();
        services.AddScoped<CustodyRecords>();
        services.AddScoped<Allocations>();
        services.AddScoped<Features.Caseload.Caseload>();
    }

    /// <summary>The API proper; its reference pages (/api/docs) are pages for signed-in people.</summary>
    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/docs");

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", AllowStatusCode404Response = true });
        app.UseWhen(c => IsApi(c.Request.Path), api =>
        {
            api.UseStatusCodePages();
            api.Use(async (context, next) =>
            {
                // CON-06: a document upload may carry a file up to the documents' limit; every other body stays small.
                var max = Features.Documents.DocumentsApi.IsUpload(context.Request)
                    ? context.RequestServices.GetRequiredService<Features.Documents.Documents>().MaxBytes + ApiMaxBodyBytes
                    : ApiMaxBodyBytes;
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = max;
                }
                if (context.Request.ContentLength > max)
                {
                    throw new BadHttpRequestException($"The request body is larger than {max / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
                }
                context.Request.EnableBuffering();
                await next();
            });
        });
        app.UseWhen(c => !IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));

        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AuditorViews>();
        app.UseMiddleware<PersonAccessGate>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapDiaryFeedFile();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Waypoint API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));

        var api = app.MapGroup("/api/v1").RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = ApiTokens.Scheme });
        api.MapPeopleApi();
        api.MapAuditApi();
        api.MapStaffApi();
        api.MapDelegationApi();
        api.MapPolicyApi();
        api.MapOrdersApi();
        api.MapCustodyApi();
        api.MapAllocationApi();
        api.MapCaseTeamApi();
        api.MapCaseNotesApi();
        api.MapAssessmentsApi();
        api.MapPlansApi();
        api.MapRefusalApi();
        api.MapDocumentsApi();
        api.MapImpsApi();
        api.MapContactsApi();
        api.MapDiaryFeedApi();
        api.MapContactReportsApi();
        api.MapEnforcementApi();
        api.MapBreachesApi();
        api.MapEffectivenessApi();
        api.MapCollateralChecksApi();
        api.MapNotificationsApi();
        api.MapWorkApi();
        api.MapComplianceApi();
        api.MapDataQualityApi();
        api.MapGet("/caseload", async (HttpContext http, Features.Caseload.Caseload caseload, CancellationToken ct) =>
            TypedResults.Ok(await caseload.ForOfficerAsync(Actor.From(http.User).UserId, ct))).WithTags("Allocation").WithName("GetMyCaseload");
        api.MapGet("/me", (HttpContext http) => TypedResults.Ok(new
        {
            id = Actor.From(http.User).UserId,
            userName = http.User.Identity!.Name,
            roles = Roles.All.Where(http.User.IsInRole).ToArray(),
        })).WithTags("Account").WithName("GetMe");

        app.MapRazorPages();
    }

    /// <summary>Migrates and, on a database with no accounts, loads the demo jurisdiction so `run` gives a working system.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        var config = app.Configuration;
        if (config.GetValue("Demo:SeedOnStart", true) && !await db.Users.AnyAsync())
        {
            await DemoData.SeedAsync(scope.ServiceProvider, config.GetValue("Demo:People", 200), config.GetValue("Demo:Seed", 20261126), Console.Out);
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            Console.WriteLine($"Waypoint is running at {urls}. Demo accounts (password {DemoData.Password}): {string.Join(", ", DemoData.Accounts.Select(a => a.UserName))}. Press Ctrl+C to stop.");
        });
    }
}
