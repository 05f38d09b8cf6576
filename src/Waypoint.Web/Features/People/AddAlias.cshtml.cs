using Microsoft.AspNetCore.Authorization;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.People;

[Authorize(Policy = Policies.WritePeople)]
public sealed class AddAliasModel(PersonRecords records) : PersonPartPage<AliasInput>(records)
{
    protected override Task<Validation> CheckAsync(Person person, CancellationToken ct) => Task.FromResult(Input.Validate());

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var alias = await Records.AddAliasAsync(person, Input.FamilyName!, Input.GivenNames!, ct);
        return $"Alias {alias.FullName} added";
    }
}
