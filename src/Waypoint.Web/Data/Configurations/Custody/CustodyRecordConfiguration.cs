using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Custody;
using Waypoint.Core.People;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data.Configurations.Custody;

public sealed class CustodyRecordConfiguration : IEntityTypeConfiguration<CustodyRecord>
{
    public void Configure(EntityTypeBuilder<CustodyRecord> b)
    {
        b.ToTable("CustodyRecords");
        b.HasKey(c => c.PersonId);
        b.HasOne<Person>().WithOne().HasForeignKey<CustodyRecord>(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Current);
        b.Ignore(c => c.LatestPermanent);
        b.OwnsMany(c => c.Placements, p =>
        {
            p.ToTable("Placements");
            p.WithOwner().HasForeignKey("PersonId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.SiteName).HasMaxLength(TextLimits.Short).IsRequired();
            p.Property(x => x.Unit).HasMaxLength(TextLimits.Name);
            p.Property(x => x.Reason).HasMaxLength(TextLimits.Long);
            p.Property(x => x.ReleaseReason).HasMaxLength(TextLimits.Long);
            // Who is at a prison now is read by site (REC-05, caseloads), so the open placements are indexed by it.
            p.HasIndex(x => new { x.SiteId, x.To });
            p.HasOne<Site>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Restrict);
        });
        b.OwnsMany(c => c.Classifications, s =>
        {
            s.ToTable("SecurityClassifications");
            s.WithOwner().HasForeignKey("PersonId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Level).HasMaxLength(TextLimits.Code).IsRequired();
            s.Property(x => x.Reason).HasMaxLength(TextLimits.Long).IsRequired();
            s.Property(x => x.DecidedBy).HasMaxLength(TextLimits.Short).IsRequired();
        });
        b.Navigation(c => c.Placements).HasField("placements");
        b.Navigation(c => c.Classifications).HasField("classifications");
    }
}
