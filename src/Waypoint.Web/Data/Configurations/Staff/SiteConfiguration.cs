using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data.Configurations.Staff;

public sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> b)
    {
        b.ToTable("Sites");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Code).HasMaxLength(TextLimits.Code).IsRequired();
        b.HasIndex(s => s.Code).IsUnique();
        b.Property(s => s.Name).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(s => s.Jurisdiction).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(s => s.TimeZone).HasMaxLength(TextLimits.Name).IsRequired();
    }
}

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("Teams");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Name).HasMaxLength(TextLimits.Short).IsRequired();
        b.HasIndex(t => new { t.SiteId, t.Name }).IsUnique();
        b.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WaypointUser>().WithMany().HasForeignKey(t => t.TeamLeaderUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class WaypointUserConfiguration : IEntityTypeConfiguration<WaypointUser>
{
    public void Configure(EntityTypeBuilder<WaypointUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(TextLimits.Name);
        b.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.SetNull);
    }
}
