using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Audit;
using Waypoint.Core.Common;

namespace Waypoint.Web.Data.Configurations.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(a => a.Sequence);
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.Property(a => a.UserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(a => a.UserName).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(a => a.Action).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(a => a.RecordType).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(a => a.RecordId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(a => a.Reason).HasMaxLength(TextLimits.Long);
        b.Property(a => a.PreviousHash).HasMaxLength(64).IsRequired();
        b.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        b.HasIndex(a => new { a.PersonId, a.Sequence });
        b.HasIndex(a => new { a.UserId, a.Sequence });
        b.HasIndex(a => a.OccurredAt);
        b.HasIndex(a => a.Action);
    }
}
