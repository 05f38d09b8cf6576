using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.Compliance;

/// <summary>
/// The engine's obligations as stored (CMP-03): replaced in the same transaction as the change that affects them, so
/// queues and reports read rows, not a recomputation.
/// </summary>
public sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> b)
    {
        b.ToTable("Obligations");
        b.HasKey(o => o.Key);
        b.Property(o => o.Key).HasMaxLength(TextLimits.Short);
        b.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.PersonId);
        // Compliance reports read the obligations due in a period, site by site (CMP-05). No index on the due date
        // alone: the planner would walk it in due-date order for a work queue instead of using the owner's index.
        // The owners' indexes are raw SQL in the migrations (EF maps no index on a complex property's columns).
        b.HasOne<Waypoint.Core.Staff.Site>().WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.SiteId, o.DueOn });
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(o => o.RuleId).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(o => o.RuleSource).HasMaxLength(TextLimits.Long).IsRequired();
        b.Property(o => o.PackId).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(o => o.PackVersion).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(o => o.Facts).HasMaxLength(TextLimits.Long).IsRequired();
        b.Property(o => o.MetBy).HasMaxLength(TextLimits.Short);
        b.Property(o => o.EndedBecause).HasMaxLength(TextLimits.Short);
        b.Property(o => o.WaivedBy).HasMaxLength(TextLimits.Name);
        b.Property(o => o.WaiverReason).HasMaxLength(TextLimits.Long);
        b.ComplexProperty(o => o.Owner, owner =>
        {
            owner.Property(x => x.UserId).HasColumnName("OwnerUserId").HasMaxLength(TextLimits.Short);
            owner.Property(x => x.CoordinatorSiteId).HasColumnName("OwnerCoordinatorSiteId");
        });
    }
}

/// <summary>Waivers a team leader approved (CMP-02): facts the engine reads, never changed or deleted.</summary>
public sealed class ObligationWaiverConfiguration : IEntityTypeConfiguration<ObligationWaiver>
{
    public void Configure(EntityTypeBuilder<ObligationWaiver> b)
    {
        b.ToTable("ObligationWaivers");
        b.HasKey(w => w.Id);
        b.HasOne<Person>().WithMany().HasForeignKey(w => w.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => w.PersonId);
        b.HasIndex(w => w.ObligationKey).IsUnique();
        b.Property(w => w.ObligationKey).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(w => w.ApprovedByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(w => w.ApprovedBy).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(w => w.Reason).HasMaxLength(TextLimits.Long).IsRequired();
    }
}
