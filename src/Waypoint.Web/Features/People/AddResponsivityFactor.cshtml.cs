using Microsoft.AspNetCore.Authorization;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.People;

[Authorize(Policy = Policies.WritePeople)]
public sealed class AddResponsivityFactorModel(PersonRecords records) : PersonPartPage<ResponsivityFactorInput>(records)
{
    private ResponsivityFactorType? type;

    protected override Task<Validation> CheckAsync(Person person, CancellationToken ct)
    {
        var (parsed, v) = Input.Validate();
        type = parsed;
        return Task.FromResult(v);
    }

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var factor = await Records.AddResponsivityFactorAsync(person, type!.Value, Input.Details!, ct);
        return $"{factor.Type.Label()} added";
    }
}
