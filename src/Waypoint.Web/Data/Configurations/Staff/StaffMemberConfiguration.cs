using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data.Configurations.Staff;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.HasKey(s => s.UserId);
        b.Property(s => s.UserId).HasMaxLength(TextLimits.Short);
        b.HasOne<WaypointUser>().WithOne().HasForeignKey<StaffMember>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Version).IsConcurrencyToken();
        // Short lists read with the profile: stored with it (a JSON array on SQLite, a text[] on PostgreSQL).
        b.PrimitiveCollection(s => s.Skills);
        b.PrimitiveCollection(s => s.Interests);
        b.PrimitiveCollection(s => s.Languages);
        b.OwnsMany(s => s.Leave, l =>
        {
            l.ToTable("LeavePeriods");
            l.WithOwner().HasForeignKey("UserId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Kind).HasMaxLength(TextLimits.Name).IsRequired();
        });
        b.Navigation(s => s.Leave).HasField("leave");
    }
}

public sealed class CaseTeamConfiguration : IEntityTypeConfiguration<CaseTeam>
{
    public void Configure(EntityTypeBuilder<CaseTeam> b)
    {
        b.ToTable("CaseTeams");
        b.HasKey(c => c.PersonId);
        b.HasOne<Person>().WithOne().HasForeignKey<CaseTeam>(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.OwnsMany(c => c.Members, m =>
        {
            m.ToTable("CaseTeamMembers");
            m.WithOwner().HasForeignKey("PersonId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.UserId).HasMaxLength(TextLimits.Short);
            m.Property(x => x.Name).HasMaxLength(TextLimits.Name).IsRequired();
            m.Property(x => x.Organisation).HasMaxLength(TextLimits.Short);
            m.Property(x => x.Role).HasMaxLength(TextLimits.Name).IsRequired();
            m.Property(x => x.Contact).HasMaxLength(TextLimits.Short);
            m.Property(x => x.Responsibilities).HasMaxLength(TextLimits.Long);
            // A colleague on a case team sees the person (REC-05), read by colleague.
            m.HasIndex(x => new { x.UserId, x.To });
        });
        b.Navigation(c => c.Members).HasField("members");
    }
}
