using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Enforcement;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Enforcement;

public sealed record WarningResponse(
    Guid Id, Guid PersonId, Guid OrderId, Guid? NonComplianceId, DateOnly GivenOn, string Method, string Reason, string Consequences, string IssuedByName, DateTimeOffset RecordedAt)
{
    public static WarningResponse Of(FormalWarning w) =>
        new(w.Id, w.PersonId, w.OrderId, w.NonComplianceId, w.GivenOn, w.Method.ToString(), w.Reason, w.Consequences, w.IssuedByName, w.RecordedAt);
}

/// <summary>An order's warnings against the window (BYD-02): how many count, the threshold, and when the oldest leaves.</summary>
public sealed record WarningWindowResponse(Guid OrderId, string OrderType, int Count, int Threshold, string Window, DateOnly? OldestOn, DateOnly? OldestLeavesOn);

public sealed record WarningsResponse(IReadOnlyList<WarningResponse> Warnings, IReadOnlyList<WarningWindowResponse> Windows);

public sealed record BreachResponse(
    Guid Id, Guid PersonId, Guid OrderId, string Authority, string AuthorityName, string Grounds, Guid? PlanId, string Status, string StatusName, string AuthorName,
    DateOnly StartedOn, string? ReturnComments, string? ApprovedBy, DateOnly? ApprovedOn, DateOnly? SentOn, DateOnly? HearingOn, string? HearingPlace,
    string? Outcome, DateOnly? OutcomeOn, string? OutcomeNotes, string? WithdrawnReason, IReadOnlyList<BreachStepResponse> Steps)
{
    public static BreachResponse Of(BreachReferral r) => new(
        r.Id, r.PersonId, r.OrderId, r.Authority, BreachNames.Authority(r.Authority), r.Grounds, r.PlanId, r.Status.ToString(), BreachNames.Statuses[r.Status], r.AuthorName,
        r.StartedOn, r.ReturnComments, r.ApprovedBy, r.ApprovedOn, r.SentOn, r.HearingOn, r.HearingPlace, r.Outcome?.ToString(), r.OutcomeOn, r.OutcomeNotes, r.WithdrawnReason,
        r.Steps.Select(step => new BreachStepResponse(step.Status.ToString(), BreachNames.Statuses[step.Status], step.At, step.ByName, step.Note)).ToList());
}

/// <summary>One step of a referral: the state it moved to, who moved it and when.</summary>
public sealed record BreachStepResponse(string Status, string StatusName, DateTimeOffset At, string ByName, string? Note);

public sealed class StartBreachInput
{
    public Guid? OrderId { get; set; }

    public Guid? PlanId { get; set; }
}

public sealed class BreachGroundsInput
{
    public string? Grounds { get; set; }
}

public sealed class BreachCommentsInput
{
    public string? Comments { get; set; }
}

public sealed class BreachSentInput
{
    public DateOnly? SentOn { get; set; }
}

public sealed class BreachHearingInput
{
    public DateOnly? HearingOn { get; set; }

    public string? Place { get; set; }
}

public sealed class BreachOutcomeInput
{
    public string? Outcome { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>For a varied order, its new expiry, when the variation changed it.</summary>
    public DateOnly? NewExpiry { get; set; }
}

public sealed class WithdrawInput
{
    public string? Reason { get; set; }
}

/// <summary>
/// /api/v1/people/{personId}/warnings and /breach-referrals (ENF-03, ENF-04): formal warnings with each order's window,
/// and breach action from draft to decision; /api/v1/breach-referrals/awaiting-approval for team leaders.
/// </summary>
public static class BreachesApi
{
    public static RouteGroupBuilder MapBreachesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/breach-referrals/awaiting-approval", async (Breaches breaches, HttpContext http, CancellationToken ct) => TypedResults.Ok(await breaches.AwaitingApprovalAsync(http.User, ct)))
            .WithTags("Enforcement").WithName("ListBreachReferralsAwaitingApproval").RequireAuthorization(Policies.ApproveBreaches);
        var warnings = api.MapGroup("/people/{personId:guid}/warnings").WithTags("Enforcement").RequireAuthorization(Policies.ReadPeople);
        warnings.MapGet("/", ListWarnings).WithName("ListWarnings");
        warnings.MapPost("/", GiveWarning).WithName("GiveWarning").RequireAuthorization(Policies.Enforce).AddEndpointFilter<IdempotencyFilter>();
        var group = api.MapGroup("/people/{personId:guid}/breach-referrals").WithTags("Enforcement").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListBreachReferrals");
        group.MapGet("/{referralId:guid}", Get).WithName("GetBreachReferral");
        group.MapPost("/", Start).WithName("StartBreachReferral").RequireAuthorization(Policies.Enforce).AddEndpointFilter<IdempotencyFilter>();
        group.MapPut("/{referralId:guid}", Write).WithName("WriteBreachReferral").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{referralId:guid}/submit", Submit).WithName("SubmitBreachReferral").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{referralId:guid}/return", Return).WithName("ReturnBreachReferral").RequireAuthorization(Policies.ApproveBreaches);
        group.MapPost("/{referralId:guid}/approve", Approve).WithName("ApproveBreachReferral").RequireAuthorization(Policies.ApproveBreaches);
        group.MapPost("/{referralId:guid}/sent", Sent).WithName("RecordBreachReferralSent").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{referralId:guid}/hearing", Hearing).WithName("RecordBreachHearing").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{referralId:guid}/outcome", Outcome).WithName("RecordBreachOutcome").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{referralId:guid}/withdraw", Withdraw).WithName("WithdrawBreachReferral").RequireAuthorization(Policies.Enforce);
        return api;
    }

    public static async Task<IResult> ListWarnings(Guid personId, WaypointDbContext db, Warnings warnings, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var all = await warnings.ForPersonAsync(personId, ct);
        var windows = await warnings.WindowsAsync(personId, ct);
        audit.PersonViewed(personId, "warnings api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new WarningsResponse(all.Select(WarningResponse.Of).ToList(), windows.Select(Window).ToList()));
    }

    public static WarningWindowResponse Window(OrderWarnings w) =>
        new(w.OrderId, w.OrderType, w.Window.Count, w.Window.Threshold, w.Window.Window.ToString(), w.Window.OldestOn, w.Window.OldestLeavesOn);

    public static async Task<IResult> GiveWarning(Guid personId, WarningInput input, WaypointDbContext db, Warnings warnings, NonCompliances records, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var v = input.Validate(out var method);
        NonCompliance? answering = null;
        if (input.NonComplianceId is { } ncId && (answering = await records.FindAsync(personId, ncId, ct)) is null)
        {
            v.Add("nonComplianceId", "This person has no such non-compliance record");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        input.PersonId = personId;
        var warning = await warnings.GiveAsync(input, method!.Value, answering, http.User, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/warnings", WarningResponse.Of(warning));
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, Breaches breaches, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var all = await breaches.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "breach referrals api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(all.Select(BreachResponse.Of).ToList());
    }

    public static async Task<IResult> Get(Guid personId, Guid referralId, WaypointDbContext db, Breaches breaches, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await breaches.FindAsync(personId, referralId, ct) is not { } referral)
        {
            return Api.NotFound.BreachReferral(referralId);
        }
        audit.PersonViewed(personId, "breach referral api");
        await db.SaveChangesAsync(ct);
        return Respond(referral, response);
    }

    public static async Task<IResult> Start(Guid personId, StartBreachInput input, WaypointDbContext db, Breaches breaches, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        if (input.OrderId is not { } orderId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["orderId"] = ["Select the order breach action is under"] });
        }
        var referral = await breaches.StartAsync(personId, orderId, input.PlanId, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(referral.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/breach-referrals/{referral.Id}", BreachResponse.Of(referral));
    }

    public static async Task<IResult> Write(Guid personId, Guid referralId, BreachGroundsInput input, Breaches breaches, HttpContext http, CancellationToken ct)
    {
        if (await breaches.FindAsync(personId, referralId, ct) is not { } referral)
        {
            return Api.NotFound.BreachReferral(referralId);
        }
        var v = new Validation().Required("grounds", input.Grounds, "the grounds", BreachReferral.MaxText);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.Check(http.Request, referral.Version) is { } refused)
        {
            return refused;
        }
        await breaches.WriteAsync(referral, input.Grounds!, ct);
        return Respond(referral, http.Response);
    }

    public static Task<IResult> Submit(Guid personId, Guid referralId, Breaches breaches, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, referralId, breaches, http, new Validation(), r => breaches.SubmitAsync(r, http.User, ct), ct);

    public static Task<IResult> Return(Guid personId, Guid referralId, BreachCommentsInput input, Breaches breaches, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, referralId, breaches, http, new Validation().Required("comments", input.Comments, "what the officer needs to change", Core.Common.TextLimits.Long),
            r => breaches.ReturnAsync(r, input.Comments!, http.User, ct), ct);

    public static Task<IResult> Approve(Guid personId, Guid referralId, Breaches breaches, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, referralId, breaches, http, new Validation(), r => breaches.ApproveAsync(r, http.User, ct), ct);

    public static Task<IResult> Sent(Guid personId, Guid referralId, BreachSentInput? input, Breaches breaches, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, referralId, breaches, http, new Validation(), r => breaches.SendAsync(r, input?.SentOn ?? breaches.Today, http.User, ct), ct);

    public static Task<IResult> Hearing(Guid personId, Guid referralId, BreachHearingInput input, Breaches breaches, HttpContext http, CancellationToken ct)
    {
        var v = new Validation().Optional("place", input.Place, "the place", Core.Common.TextLimits.Short);
        if (input.HearingOn is null)
        {
            v.Add("hearingOn", "Enter the day of the hearing");
        }
        return StepAsync(personId, referralId, breaches, http, v, r => breaches.ListHearingAsync(r, input.HearingOn!.Value, input.Place, http.User, ct), ct);
    }

    public static Task<IResult> Outcome(Guid personId, Guid referralId, BreachOutcomeInput input, Breaches breaches, HttpContext http, CancellationToken ct)
    {
        var v = new Validation().Optional("notes", input.Notes, "the notes", Core.Common.TextLimits.Long);
        var outcome = v.Code<BreachOutcome>("outcome", input.Outcome, "the outcome (OrderContinued, OrderVaried, OrderRevoked or Other)");
        return StepAsync(personId, referralId, breaches, http, v,
            r => breaches.DecideAsync(r, outcome!.Value, input.DecidedOn ?? breaches.Today, input.Notes, input.NewExpiry, http.User, ct), ct);
    }

    public static Task<IResult> Withdraw(Guid personId, Guid referralId, WithdrawInput input, Breaches breaches, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, referralId, breaches, http, new Validation().Required("reason", input.Reason, "why it is withdrawn", Core.Common.TextLimits.Long),
            r => breaches.WithdrawAsync(r, input.Reason!, http.User, ct), ct);

    /// <summary>A step on the referral: found, the input valid, at the version the client read when it sends If-Match; broken rules answer 422.</summary>
    private static async Task<IResult> StepAsync(Guid personId, Guid referralId, Breaches breaches, HttpContext http, Validation v, Func<BreachReferral, Task> step, CancellationToken ct)
    {
        if (await breaches.FindAsync(personId, referralId, ct) is not { } referral)
        {
            return Api.NotFound.BreachReferral(referralId);
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.CheckIfSent(http.Request, referral.Version) is { } refused)
        {
            return refused;
        }
        await step(referral);
        return Respond(referral, http.Response);
    }

    private static IResult Respond(BreachReferral referral, HttpResponse response)
    {
        response.Headers.ETag = Preconditions.ETag(referral.Version);
        return TypedResults.Ok(BreachResponse.Of(referral));
    }
}
