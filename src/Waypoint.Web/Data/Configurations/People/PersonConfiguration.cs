using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.OffenderNumber).HasMaxLength(TextLimits.Code).IsRequired();
        b.HasIndex(p => p.OffenderNumber).IsUnique();
        b.Property(p => p.FamilyName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(p => p.GivenNames).HasMaxLength(TextLimits.Name).IsRequired();
        b.HasIndex(p => new { p.FamilyName, p.GivenNames, p.Id });
        b.HasIndex(p => p.DateOfBirth);
        b.Property(p => p.Gender).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(p => p.IndigenousStatus).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(p => p.PreferredLanguage).HasMaxLength(TextLimits.Name);
        b.Property(p => p.Phone).HasMaxLength(TextLimits.Code);
        b.Property(p => p.Email).HasMaxLength(TextLimits.Short);
        b.Property(p => p.Address).HasMaxLength(TextLimits.Short);
        b.Property(p => p.ProtectiveFactorsAndStrengths).HasMaxLength(TextLimits.Long);
        b.Property(p => p.NeedsPreferencesAndInterests).HasMaxLength(TextLimits.Long);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.FullName);

        b.OwnsMany(p => p.Aliases, a =>
        {
            a.ToTable("Aliases");
            a.WithOwner().HasForeignKey("PersonId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.FamilyName).HasMaxLength(TextLimits.Name).IsRequired();
            a.Property(x => x.GivenNames).HasMaxLength(TextLimits.Name).IsRequired();
            a.Ignore(x => x.FullName);
        });
        b.OwnsMany(p => p.Identifiers, i =>
        {
            i.ToTable("ExternalIdentifiers");
            i.WithOwner().HasForeignKey("PersonId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Type).HasMaxLength(TextLimits.Code).IsRequired();
            i.Property(x => x.Value).HasMaxLength(TextLimits.Code).IsRequired();
            // PPL-01: an identifier value is unique per type across everyone.
            i.HasIndex(x => new { x.Type, x.Value }).IsUnique();
            i.HasIndex(x => x.Value);
        });
        b.OwnsMany(p => p.Alerts, a =>
        {
            a.ToTable("Alerts");
            a.WithOwner().HasForeignKey("PersonId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Type).HasConversion<string>().HasMaxLength(TextLimits.Code);
            a.Property(x => x.Details).HasMaxLength(TextLimits.Long).IsRequired();
            a.Property(x => x.RaisedBy).HasMaxLength(TextLimits.Short).IsRequired();
        });
        b.OwnsMany(p => p.ResponsivityFactors, r =>
        {
            r.ToTable("ResponsivityFactors");
            r.WithOwner().HasForeignKey("PersonId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Type).HasConversion<string>().HasMaxLength(TextLimits.Code);
            r.Property(x => x.Details).HasMaxLength(TextLimits.Long).IsRequired();
        });
        b.OwnsMany(p => p.SignificantOthers, s =>
        {
            s.ToTable("SignificantOthers");
            s.WithOwner().HasForeignKey("PersonId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Name).HasMaxLength(TextLimits.Short).IsRequired();
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
            s.Property(x => x.Relationship).HasMaxLength(TextLimits.Short).IsRequired();
            s.Property(x => x.Phone).HasMaxLength(TextLimits.Code);
        });
        b.OwnsMany(p => p.CircumstanceChanges, c =>
        {
            c.ToTable("CircumstanceChanges");
            c.WithOwner().HasForeignKey("PersonId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
            c.Property(x => x.ReportedBy).HasConversion<string>().HasMaxLength(TextLimits.Code);
            c.Property(x => x.Details).HasMaxLength(TextLimits.Long).IsRequired();
            c.Property(x => x.RecordedBy).HasMaxLength(TextLimits.Short).IsRequired();
        });
        b.Navigation(p => p.CircumstanceChanges).HasField("circumstanceChanges");
        b.Navigation(p => p.Aliases).HasField("aliases");
        b.Navigation(p => p.Identifiers).HasField("identifiers");
        b.Navigation(p => p.Alerts).HasField("alerts");
        b.Navigation(p => p.ResponsivityFactors).HasField("responsivityFactors");
        b.Navigation(p => p.SignificantOthers).HasField("significantOthers");
    }
}
