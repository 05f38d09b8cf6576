using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Contacts;
using Waypoint.Core.Enforcement;
using Waypoint.Core.Orders;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.Enforcement;

public sealed class NonComplianceConfiguration : IEntityTypeConfiguration<NonCompliance>
{
    public void Configure(EntityTypeBuilder<NonCompliance> b)
    {
        b.ToTable("NonCompliances");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.Restrict);
        // One apparent non-compliance per missed appointment.
        b.HasOne<Contact>().WithMany().HasForeignKey(n => n.ContactId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => n.ContactId).IsUnique();
        b.HasIndex(n => new { n.PersonId, n.OccurredOn });
        b.Property(n => n.Source).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(n => n.ReportedBy).HasMaxLength(NonCompliance.MaxText);
        b.Property(n => n.Concerning).HasMaxLength(NonCompliance.MaxText).IsRequired();
        b.Property(n => n.EvidenceRequested).HasMaxLength(NonCompliance.MaxText);
        b.Property(n => n.CheckedWith).HasMaxLength(NonCompliance.MaxText);
        b.Property(n => n.PersonAccount).HasMaxLength(NonCompliance.MaxText);
        b.Property(n => n.Reason).HasMaxLength(NonCompliance.MaxText);
        b.Property(n => n.Agreed).HasMaxLength(NonCompliance.MaxText);
        b.Property(n => n.DecidedByName).HasMaxLength(TextLimits.Name);
        b.Property(n => n.RecordedByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(n => n.RecordedByName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(n => n.Version).IsConcurrencyToken();
        b.Ignore(n => n.IsOpen);
    }
}
