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
        b.Property(s => s.CoordinatorRole).HasMaxLength(TextLimits.Code).IsRequired();
    }
}

public sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("Delegations");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Site>().WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Duty).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(d => d.DelegateUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(d => d.DelegateName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(d => d.AuthorisedByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(d => d.AuthorisedByName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(d => d.Instrument).HasMaxLength(TextLimits.Long).IsRequired();
        b.Property(d => d.RevokedBy).HasMaxLength(TextLimits.Short);
        b.Property(d => d.RevocationReason).HasMaxLength(TextLimits.Long);
        b.Property(d => d.Version).IsConcurrencyToken();
        // Read on every request that needs a delegate's sites or duties.
        b.HasIndex(d => new { d.DelegateUserId, d.Duty });
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
