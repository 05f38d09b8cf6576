using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Assessments;
using Waypoint.Core.Common;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations.Assessments;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("Assessments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Tool).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(a => a.Override).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(a => a.Answers).HasMaxLength(TextLimits.Long).IsRequired();
        b.Property(a => a.Rationale).HasMaxLength(TextLimits.Long);
        b.Property(a => a.AssessorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(a => a.AssessorName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(a => a.BandCode).HasMaxLength(TextLimits.Code);
        b.Property(a => a.BandName).HasMaxLength(TextLimits.Name);
        b.Property(a => a.ComputedLevel).HasMaxLength(TextLimits.Code);
        b.Property(a => a.Needs).HasMaxLength(TextLimits.Short * 2);
        b.Property(a => a.PackVersion).HasMaxLength(TextLimits.Code);
        b.Property(a => a.OverrideLevel).HasMaxLength(TextLimits.Code);
        b.Property(a => a.OverrideReason).HasMaxLength(TextLimits.Long);
        b.Property(a => a.OverrideRequestedBy).HasMaxLength(TextLimits.Name);
        b.Property(a => a.OverrideDecidedByUserId).HasMaxLength(TextLimits.Short);
        b.Property(a => a.OverrideDecidedBy).HasMaxLength(TextLimits.Name);
        b.Property(a => a.OverrideDecisionNote).HasMaxLength(TextLimits.Long);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.Level);
        b.Ignore(a => a.NeedCodes);
        b.HasIndex(a => new { a.PersonId, a.Tool, a.AssessedOn });
    }
}

public sealed class CollateralCheckConfiguration : IEntityTypeConfiguration<CollateralCheck>
{
    public void Configure(EntityTypeBuilder<CollateralCheck> b)
    {
        b.ToTable("CollateralChecks");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Type).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(c => c.Source).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(c => c.ConsentReliedOn).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(c => c.Result).HasMaxLength(TextLimits.Long);
        b.Property(c => c.RecordedBy).HasMaxLength(TextLimits.Name).IsRequired();
        b.Ignore(c => c.IsComplete);
        b.HasIndex(c => new { c.PersonId, c.RequestedOn });
    }
}
