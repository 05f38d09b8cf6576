using Microsoft.AspNetCore.Authorization;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.People;

[Authorize(Policy = Policies.WritePeople)]
public sealed class AddSignificantOtherModel(PersonRecords records) : PersonPartPage<SignificantOtherInput>(records)
{
    private SignificantOtherKind? kind;

    protected override Task<Validation> CheckAsync(Person person, CancellationToken ct)
    {
        var (parsed, v) = Input.Validate();
        kind = parsed;
        return Task.FromResult(v);
    }

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var other = await Records.AddSignificantOtherAsync(person, Input.Name!, kind!.Value, Input.Relationship!, Input.Phone, ct);
        return $"{other.Name} added";
    }
}
