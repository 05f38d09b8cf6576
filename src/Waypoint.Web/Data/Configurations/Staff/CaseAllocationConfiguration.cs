using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data.Configurations.Staff;

public sealed class CaseAllocationConfiguration : IEntityTypeConfiguration<CaseAllocation>
{
    public void Configure(EntityTypeBuilder<CaseAllocation> b)
    {
        b.ToTable("CaseAllocations");
        b.HasKey(c => c.PersonId);
        b.HasOne<Person>().WithOne().HasForeignKey<CaseAllocation>(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.OwnsMany(c => c.Allocations, a =>
        {
            a.ToTable("Allocations");
            a.WithOwner().HasForeignKey("PersonId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
            a.Property(x => x.OfficerUserId).HasMaxLength(TextLimits.Short).IsRequired();
            a.Property(x => x.OfficerName).HasMaxLength(TextLimits.Name).IsRequired();
            a.Property(x => x.Reason).HasMaxLength(TextLimits.Long).IsRequired();
            a.Property(x => x.HandoverNote).HasMaxLength(TextLimits.Long);
            a.Property(x => x.AllocatedBy).HasMaxLength(TextLimits.Short).IsRequired();
            a.Property(x => x.OverCapacityReason).HasMaxLength(TextLimits.Long);
            // An officer's caseload is read by officer (STF-04, "my caseload").
            a.HasIndex(x => new { x.OfficerUserId, x.To });
        });
        b.Navigation(c => c.Allocations).HasField("allocations");
    }
}
