using Waypoint.Core.Common;

namespace Waypoint.Core.Staff;

/// <summary>
/// STF-06: everyone involved in a person's case besides the allocated officer: colleagues (a psychologist, a program
/// facilitator, a unit officer) and people outside the service (a police liaison, a treatment provider), each with
/// their role in the case and the dates they were involved. One per person.
/// </summary>
public sealed class CaseTeam
{
    private readonly List<CaseTeamMember> members = [];

    private CaseTeam()
    {
    }

    public Guid PersonId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CaseTeamMember> Members => members;

    public static CaseTeam For(Guid personId) => new() { PersonId = personId, Version = 1 };

    public CaseTeamMember Add(string? userId, string name, string? organisation, string role, string? responsibilities, string? contact, DateOnly from, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new CaseTeamMemberMustNotStartInTheFutureRule(from, today));
        BusinessRuleViolation.ThrowIfBroken(new StaffMemberIsOnTheCaseTeamOnceRule(members, userId, role));
        var member = new CaseTeamMember(userId, name, organisation, role, contact, from) { Responsibilities = responsibilities };
        members.Add(member);
        Version++;
        return member;
    }

    public CaseTeamMember End(Guid memberId, DateOnly on)
    {
        var member = members.SingleOrDefault(m => m.Id == memberId) ?? throw new BusinessRuleViolation(new CaseTeamMemberMustBelongRule());
        BusinessRuleViolation.ThrowIfBroken(new CaseTeamMemberEndsOnceRule(member));
        BusinessRuleViolation.ThrowIfBroken(new CaseTeamMemberCannotLeaveBeforeJoiningRule(member, on));
        member.EndOn(on);
        Version++;
        return member;
    }
}

public sealed class CaseTeamMember
{
    private CaseTeamMember()
    {
    }

    internal CaseTeamMember(string? userId, string name, string? organisation, string role, string? contact, DateOnly from)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Name = name;
        Organisation = organisation;
        Role = role;
        Contact = contact;
        From = from;
    }

    public Guid Id { get; private set; }

    /// <summary>The account of a colleague; none for someone outside the service.</summary>
    public string? UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Organisation { get; private set; }

    /// <summary>Their part in the case, in the service's words: psychologist, program facilitator, police liaison…</summary>
    public string Role { get; private set; } = "";

    /// <summary>What they agreed to do in the case (STF-06), such as "delivers the AOD program; reports attendance weekly".</summary>
    public string? Responsibilities { get; internal init; }

    public string? Contact { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);

    internal void EndOn(DateOnly on) => To = on;
}

public sealed class CaseTeamMemberMustNotStartInTheFutureRule(DateOnly from, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => from > today;

    public string Message => "The date they joined the case cannot be in the future";

    public string? Field => "From";
}

public sealed class StaffMemberIsOnTheCaseTeamOnceRule(IReadOnlyList<CaseTeamMember> members, string? userId, string role) : IBusinessRule
{
    public bool IsBroken() => userId is not null && members.Any(m => m.UserId == userId && m.To is null && string.Equals(m.Role, role, StringComparison.OrdinalIgnoreCase));

    public string Message => $"They are already on the case team as {role}";

    public string? Field => "UserId";
}

public sealed class CaseTeamMemberMustBelongRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => "That person is not on this case team";

    public string? Field => null;
}

public sealed class CaseTeamMemberEndsOnceRule(CaseTeamMember member) : IBusinessRule
{
    public bool IsBroken() => member.To is not null;

    public string Message => $"{member.Name} already left the case team on {member.To:d MMMM yyyy}";

    public string? Field => null;
}

public sealed class CaseTeamMemberCannotLeaveBeforeJoiningRule(CaseTeamMember member, DateOnly on) : IBusinessRule
{
    public bool IsBroken() => on < member.From;

    public string Message => $"The date they left must be on or after they joined ({member.From:d MMMM yyyy})";

    public string? Field => "To";
}
