using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.Orders;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("Orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.HasIndex(o => o.PersonId);
        // Who an office supervises is read by office (REC-05, caseloads).
        b.HasIndex(o => new { o.SupervisingSiteId, o.Status });
        b.HasOne<Waypoint.Core.Staff.Site>().WithMany().HasForeignKey(o => o.SupervisingSiteId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(o => o.PolicyPack).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(o => o.OrderType).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(o => o.IssuingAuthority).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(o => o.EndReason).HasMaxLength(TextLimits.Long);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.ComplexProperty(o => o.Dates, d =>
        {
            d.Property(x => x.SentenceDate).HasColumnName("SentenceDate");
            d.Property(x => x.Start).HasColumnName("StartDate");
            d.Property(x => x.SupervisionStart).HasColumnName("SupervisionStartDate");
            d.Property(x => x.Expiry).HasColumnName("ExpiryDate");
            d.Property(x => x.EarliestEligibilityDate).HasColumnName("EarliestEligibilityDate");
            d.Property(x => x.EarliestDateOfRelease).HasColumnName("EarliestDateOfRelease");
            d.Property(x => x.StatutoryReviewDate).HasColumnName("StatutoryReviewDate");
        });
        b.OwnsMany(o => o.Conditions, c =>
        {
            c.ToTable("OrderConditions");
            c.WithOwner().HasForeignKey("OrderId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.ConditionType).HasMaxLength(TextLimits.Code).IsRequired();
            c.Property(x => x.Details).HasMaxLength(TextLimits.Long).IsRequired();
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        });
        b.OwnsMany(o => o.SupervisionLevels, l =>
        {
            l.ToTable("SupervisionLevelDecisions");
            l.WithOwner().HasForeignKey("OrderId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Level).HasMaxLength(TextLimits.Code).IsRequired();
            l.Property(x => x.Proposed).HasMaxLength(TextLimits.Code).IsRequired();
            l.Property(x => x.Reason).HasMaxLength(TextLimits.Long);
            l.Property(x => x.DecidedBy).HasMaxLength(TextLimits.Short).IsRequired();
        });
        b.Navigation(o => o.Conditions).HasField("conditions");
        b.Navigation(o => o.SupervisionLevels).HasField("supervisionLevels");
    }
}
