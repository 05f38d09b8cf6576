using Microsoft.AspNetCore.Authorization;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.People;

[Authorize(Policy = Policies.WritePeople)]
public sealed class AddIdentifierModel(PersonRecords records) : PersonPartPage<IdentifierInput>(records)
{
    protected override async Task<Validation> CheckAsync(Person person, CancellationToken ct)
    {
        var v = Input.Validate();
        if (v.IsValid && await Records.IdentifierInUseAsync(Input.Type!, Input.Value!, ct))
        {
            v.Add("value", $"Another person already has {Input.Type!.Trim()} {Input.Value!.Trim()}: search for it before adding it here");
        }
        return v;
    }

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var identifier = await Records.AddIdentifierAsync(person, Input.Type!, Input.Value!, ct);
        return $"{identifier.Type} {identifier.Value} added";
    }
}
