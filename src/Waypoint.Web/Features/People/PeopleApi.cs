using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.People;

/// <summary>/api/v1/people: people, their names, identifiers, alerts, responsivity and contacts (PPL-01..03, PPL-07).</summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").RequireAuthorization(Policies.ReadPeople);
        people.MapGet("/", Search).WithName("SearchPeople");
        people.MapGet("/{id:guid}", Get).WithName("GetPerson");
        people.MapGet("/{id:guid}/history", History).WithName("GetPersonHistory");
        people.MapPost("/", Create).WithName("CreatePerson").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        people.MapPut("/{id:guid}", Update).WithName("UpdatePerson").RequireAuthorization(Policies.WritePeople);
        people.MapPost("/{id:guid}/aliases", AddAlias).WithName("AddAlias").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        people.MapPost("/{id:guid}/identifiers", AddIdentifier).WithName("AddIdentifier").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        people.MapPost("/{id:guid}/responsivity-factors", AddResponsivityFactor).WithName("AddResponsivityFactor").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        people.MapPost("/{id:guid}/significant-others", AddSignificantOther).WithName("AddSignificantOther").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        people.MapPost("/{id:guid}/circumstances", RecordCircumstanceChange).WithName("RecordCircumstanceChange").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        people.MapPost("/{id:guid}/alerts", RaiseAlert).WithName("RaiseAlert").RequireAuthorization(Policies.RaiseAlerts).AddEndpointFilter<IdempotencyFilter>();
        people.MapPost("/{id:guid}/alerts/{alertId:guid}/end", EndAlert).WithName("EndAlert").RequireAuthorization(Policies.RaiseAlerts);
        return api;
    }

    public static async Task<Results<Ok<Page<PersonSummary>>, ValidationProblem>> Search(
        PersonSearch search, string? q, string? dateOfBirth, int? limit, string? cursor, CancellationToken ct)
    {
        var v = new Validation();
        DateOnly? dob = null;
        if (!string.IsNullOrEmpty(dateOfBirth))
        {
            if (DateOnly.TryParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dob = d;
            }
            else
            {
                v.Add("dateOfBirth", "Date of birth must be a date in the form YYYY-MM-DD");
            }
        }
        if (limit is < 1 or > Cursor.MaxLimit)
        {
            v.Add("limit", $"Limit must be between 1 and {Cursor.MaxLimit}");
        }
        if (!Cursor.TryReadNumber(cursor, 0, out var position) || position > int.MaxValue)
        {
            v.Add("cursor", "The cursor is not one this API gave out; start again without it");
        }
        if ((q is null || q.Trim().Length == 0) && dob is null)
        {
            v.Add("q", "Enter a name, offender number or identifier, or a date of birth");
        }
        if (q is { Length: > 200 })
        {
            v.Add("q", "Search text must be 200 characters or fewer");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var take = limit ?? Cursor.DefaultLimit;
        var offset = (int)position;
        var (hits, total) = await search.FindAsync(q, dob, offset, take, ct);
        var page = hits
            .Select(h => new PersonSummary(h.Id, h.OffenderNumber, h.FamilyName, h.GivenNames, h.DateOfBirth, h.Status.ToString(), h.MatchedAlias))
            .ToList();
        var next = offset + take < total ? Cursor.Encode((offset + take).ToString(CultureInfo.InvariantCulture)) : null;
        return TypedResults.Ok(new Page<PersonSummary>(page, next));
    }

    public static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> Get(Guid id, PersonRecords records, HttpResponse response, CancellationToken ct)
    {
        var person = await records.ViewAsync(id, "api", ct);
        if (person is null)
        {
            return Api.NotFound.Person(id);
        }
        response.Headers.ETag = Preconditions.ETag(person.Version);
        return TypedResults.Ok(PersonResponse.From(person, records.Today));
    }

    public static async Task<Results<Created<PersonResponse>, ValidationProblem>> Create(PersonInput input, PersonRecords records, HttpResponse response, CancellationToken ct)
    {
        var (details, v) = input.Validate();
        if (details is null)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var person = await records.RegisterAsync(details, ct);
        response.Headers.ETag = Preconditions.ETag(person.Version);
        return TypedResults.Created($"/api/v1/people/{person.Id}", PersonResponse.From(person, records.Today));
    }

    public static async Task<IResult> Update(Guid id, PersonInput input, PersonRecords records, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var person = await records.FindAsync(id, ct);
        if (person is null)
        {
            return Api.NotFound.Person(id);
        }
        if (Preconditions.Check(request, person.Version) is { } refused)
        {
            return refused;
        }
        var (details, v) = input.Validate();
        if (details is null)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await records.UpdateAsync(person, details, input.Reason, ct);
        response.Headers.ETag = Preconditions.ETag(person.Version);
        return TypedResults.Ok(PersonResponse.From(person, records.Today));
    }

    public static Task<IResult> AddAlias(Guid id, AliasInput input, PersonRecords records, CancellationToken ct) =>
        ChangeAsync(id, input.Validate(), records, async person =>
            TypedResults.Created($"/api/v1/people/{id}", AliasResponse.From(await records.AddAliasAsync(person, input.FamilyName!, input.GivenNames!, ct))), ct);

    public static Task<IResult> AddIdentifier(Guid id, IdentifierInput input, PersonRecords records, CancellationToken ct) =>
        ChangeAsync(id, input.Validate(), records, async person =>
        {
            if (await records.IdentifierInUseAsync(input.Type!, input.Value!, ct))
            {
                return TypedResults.Problem(statusCode: 409, title: "Identifier already in use",
                    detail: $"Another person already holds {input.Type!.Trim()} {input.Value!.Trim()}. Search for it before adding it here.");
            }
            return TypedResults.Created($"/api/v1/people/{id}", IdentifierResponse.From(await records.AddIdentifierAsync(person, input.Type!, input.Value!, ct)));
        }, ct);

    public static Task<IResult> RaiseAlert(Guid id, AlertInput input, PersonRecords records, HttpContext http, CancellationToken ct)
    {
        var (type, v) = input.Validate();
        return ChangeAsync(id, v, records, async person =>
        {
            var alert = await records.RaiseAlertAsync(person, type!.Value, input.Details!, input.StartDate!.Value, input.EndDate, Actor.From(http.User).UserName, ct);
            return TypedResults.Created($"/api/v1/people/{id}", AlertResponse.From(alert, records.Today));
        }, ct);
    }

    public static Task<IResult> RecordCircumstanceChange(Guid id, CircumstanceChangeInput input, PersonRecords records, HttpContext http, CancellationToken ct)
    {
        var (kind, reportedBy, v) = input.Validate();
        return ChangeAsync(id, v, records, async person =>
            TypedResults.Created($"/api/v1/people/{id}", CircumstanceChangeResponse.Of(
                await records.RecordCircumstanceChangeAsync(person, kind!.Value, input.Details!, input.OccurredOn!.Value, reportedBy!.Value, Actor.From(http.User).UserName, ct))), ct);
    }

    public static Task<IResult> EndAlert(Guid id, Guid alertId, EndAlertInput input, PersonRecords records, CancellationToken ct) =>
        ChangeAsync(id, input.Validate(), records, async person =>
            TypedResults.Ok(AlertResponse.From(await records.EndAlertAsync(person, alertId, input.EndDate!.Value, input.Reason, ct), records.Today)), ct);

    public static Task<IResult> AddResponsivityFactor(Guid id, ResponsivityFactorInput input, PersonRecords records, CancellationToken ct)
    {
        var (type, v) = input.Validate();
        return ChangeAsync(id, v, records, async person =>
            TypedResults.Created($"/api/v1/people/{id}", ResponsivityFactorResponse.From(await records.AddResponsivityFactorAsync(person, type!.Value, input.Details!, ct))), ct);
    }

    public static Task<IResult> AddSignificantOther(Guid id, SignificantOtherInput input, PersonRecords records, CancellationToken ct)
    {
        var (kind, v) = input.Validate();
        return ChangeAsync(id, v, records, async person =>
            TypedResults.Created($"/api/v1/people/{id}", SignificantOtherResponse.From(await records.AddSignificantOtherAsync(person, input.Name!, kind!.Value, input.Relationship!, input.Phone, ct))), ct);
    }

    public static async Task<IResult> History(Guid id, WaypointDbContext db, PersonHistory history, int? limit, string? cursor, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == id, ct))
        {
            return Api.NotFound.Person(id);
        }
        if (!Cursor.TryReadNumber(cursor, long.MaxValue, out var before))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["The cursor is not one this API gave out; start again without it"] });
        }
        if (limit is < 1 or > Cursor.MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Limit must be between 1 and {Cursor.MaxLimit}"] });
        }
        var entries = await history.ForPersonAsync(id, before, limit ?? Cursor.DefaultLimit, ct);
        return TypedResults.Ok(entries);
    }

    /// <summary>The shape every change to a person takes: refuse bad input, find the person, then change them.</summary>
    private static async Task<IResult> ChangeAsync(Guid id, Validation validation, PersonRecords records, Func<Core.People.Person, Task<IResult>> change, CancellationToken ct)
    {
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var person = await records.FindAsync(id, ct);
        return person is null ? Api.NotFound.Person(id) : await change(person);
    }
}
