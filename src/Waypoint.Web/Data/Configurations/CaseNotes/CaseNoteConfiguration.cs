using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Common;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.CaseNotes;

public sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(n => n.Category).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(n => n.Sensitivity).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(n => n.Text).HasMaxLength(CaseNote.MaxText).IsRequired();
        b.Property(n => n.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(n => n.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        // The timeline: a person's notes, newest first, by the day they are about.
        b.HasIndex(n => new { n.PersonId, n.OccurredOn, n.WrittenAt });
        b.OwnsMany(n => n.Addenda, a =>
        {
            a.ToTable("CaseNoteAddenda");
            a.WithOwner().HasForeignKey("CaseNoteId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Text).HasMaxLength(CaseNote.MaxText).IsRequired();
            a.Property(x => x.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
            a.Property(x => x.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        });
        b.Navigation(n => n.Addenda).HasField("addenda");
    }
}
