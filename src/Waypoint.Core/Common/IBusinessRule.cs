namespace Waypoint.Core.Common;

/// <summary>An invariant named as the sentence it enforces; its message is shown to the user as it is.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }

    /// <summary>The field the rule is about, where there is one, so a form can point at it.</summary>
    string? Field => null;
}
