using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Documents;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.Documents;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(d => d.Format).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(d => d.Title).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(d => d.FileName).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        b.Property(d => d.RecordType).HasMaxLength(TextLimits.Code);
        b.Property(d => d.RecordId).HasMaxLength(TextLimits.Code);
        b.Property(d => d.UploadedByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(d => d.UploadedBy).HasMaxLength(TextLimits.Name).IsRequired();
        b.Ignore(d => d.ContentType);
        b.HasIndex(d => new { d.PersonId, d.UploadedAt });
        b.HasIndex(d => new { d.RecordType, d.RecordId });
    }
}

public sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> b)
    {
        b.ToTable("DocumentContents");
        b.HasKey(c => c.DocumentId);
        b.HasOne<Document>().WithOne().HasForeignKey<DocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Bytes).IsRequired();
    }
}
