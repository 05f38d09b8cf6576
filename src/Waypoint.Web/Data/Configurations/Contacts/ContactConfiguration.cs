using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.Contacts;
using Waypoint.Core.Orders;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.Contacts;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("Contacts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contact>().WithMany().HasForeignKey(c => c.RescheduledToId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contact>().WithMany().HasForeignKey(c => c.RescheduledFromId).OnDelete(DeleteBehavior.Restrict);
        // A person's contacts, newest first; an officer's diary for a day or a week.
        b.HasIndex(c => new { c.PersonId, c.On });
        b.HasIndex(c => new { c.OfficerUserId, c.On, c.At });
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(c => c.Place).HasMaxLength(Contact.MaxShortText);
        b.Property(c => c.With).HasMaxLength(Contact.MaxShortText);
        b.Property(c => c.Purpose).HasMaxLength(Contact.MaxText);
        b.Property(c => c.OutcomeNotes).HasMaxLength(Contact.MaxText);
        b.Property(c => c.Evidence).HasMaxLength(Contact.MaxShortText);
        b.Property(c => c.OfficerUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(c => c.OfficerName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(c => c.OutcomeByUserId).HasMaxLength(TextLimits.Short);
        b.Property(c => c.OutcomeByName).HasMaxLength(TextLimits.Name);
        b.Property(c => c.CreatedByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.IsOpen);
        b.Ignore(c => c.Kept);
        b.Ignore(c => c.Start);
    }
}

/// <summary>The topics an induction explained are one JSON column: read whole, never queried inside.</summary>
public sealed class InductionConfiguration : IEntityTypeConfiguration<Induction>
{
    public void Configure(EntityTypeBuilder<Induction> b)
    {
        b.ToTable("Inductions");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.PersonId, i.HeldOn });
        b.Property(i => i.Explained).HasConversion(JsonColumn.Converter<IReadOnlyList<InductionTopic>>()!, JsonColumn.Comparer<IReadOnlyList<InductionTopic>>()!).HasMaxLength(TextLimits.Long).IsRequired();
        b.Property(i => i.InvolvedInPlanning).HasMaxLength(Induction.MaxText);
        b.Property(i => i.NotUnderstoodBecause).HasMaxLength(Induction.MaxText);
        b.Property(i => i.Interpreter).HasMaxLength(Induction.MaxText);
        b.Property(i => i.Notes).HasMaxLength(Induction.MaxText);
        b.Property(i => i.OfficerUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(i => i.OfficerName).HasMaxLength(TextLimits.Name).IsRequired();
    }
}

/// <summary>A report's content is one JSON column, like a plan's: read and replaced whole, never queried inside.</summary>
public sealed class ContactReportConfiguration : IEntityTypeConfiguration<ContactReport>
{
    public void Configure(EntityTypeBuilder<ContactReport> b)
    {
        b.ToTable("ContactReports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.PersonId, r.StartedAt });
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(r => r.Content).HasConversion(JsonColumn.Converter<ContactReportContent>()!, JsonColumn.Comparer<ContactReportContent>()).IsRequired();
        b.Property(r => r.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(r => r.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}
