using Waypoint.Web;
using Waypoint.Web.Cli;

// One program, two faces: `waypoint <verb>` is the command line; anything else runs the web app (see README).
if (WaypointCommandLine.Handles(args))
{
    return await WaypointCommandLine.RunAsync(args);
}

WebApplication app;
try
{
    app = WaypointApp.Build(args);
}
catch (Waypoint.Core.Policy.InvalidPolicyPackException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
await WaypointApp.PrepareAsync(app);
await app.RunAsync();
return 0;

public partial class Program;
