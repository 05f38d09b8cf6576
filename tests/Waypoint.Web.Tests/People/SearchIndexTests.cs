using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Core.Security;
using Waypoint.Web.Data;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.People;

/// <summary>The name index can be rebuilt from the people alone, as a migration that reshapes it relies on.</summary>
public abstract class SearchIndexTests
{
    protected abstract AppFixture NewIsolatedApp();

    [Fact]
    [Trait("Req", "PPL-07")]
    public async Task Migrate_RebuildsAnEmptiedIndex_AndSearchFindsEveryoneAgain()
    {
        await using var app = NewIsolatedApp();
        await app.InitializeAsync();
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var created = await (await api.PostJsonAsync("/api/v1/people", NewPerson("Featherstonehaugh", "Ottoline"))).JsonAsync();
        var id = created.GetProperty("id").GetString();
        await api.PostJsonAsync($"/api/v1/people/{id}/aliases", new { familyName = "Fanshawe", givenNames = "Lina" });

        await app.WithDbAsync(db => db.PersonSearchNames.ExecuteDeleteAsync());
        Assert.Empty((await (await api.GetAsync("/api/v1/people?q=Fanshawe")).JsonAsync()).GetProperty("items").EnumerateArray());

        using (var scope = app.Services.CreateScope())
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<WaypointDbContext>());
        }
        var byAlias = await (await api.GetAsync("/api/v1/people?q=Fanshaw%20Lena")).JsonAsync();
        Assert.Equal(id, byAlias.GetProperty("items")[0].GetProperty("id").GetString());
        var byName = await (await api.GetAsync("/api/v1/people?q=Ottoline%20Featherstonhaugh")).JsonAsync();
        Assert.Equal(id, byName.GetProperty("items")[0].GetProperty("id").GetString());
    }
}

public sealed class SearchIndexOnSqlite : SearchIndexTests
{
    protected override AppFixture NewIsolatedApp() => new SqliteApp();
}

public sealed class SearchIndexOnPostgres : SearchIndexTests
{
    protected override AppFixture NewIsolatedApp() => new PostgresApp();
}
