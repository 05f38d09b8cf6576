using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Plans;

namespace Waypoint.Web.Data.Configurations.Plans;

/// <summary>
/// A plan version is one row. What the officer writes (interventions, priorities, engagement) and a review's findings
/// are stored as JSON: they are read and replaced whole, compared version with version, and never queried inside.
/// </summary>
public sealed class CaseManagementPlanConfiguration : IEntityTypeConfiguration<CaseManagementPlan>
{
    public void Configure(EntityTypeBuilder<CaseManagementPlan> b)
    {
        b.ToTable("CaseManagementPlans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.PersonId, p.Number }).IsUnique();
        // The team leader's queue: plans submitted, oldest first.
        b.HasIndex(p => new { p.Status, p.SubmittedAt });
        b.HasOne<CaseManagementPlan>().WithMany().HasForeignKey(p => p.ReviewOfId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(p => p.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(p => p.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(p => p.ReturnComments).HasMaxLength(TextLimits.Long);
        b.Property(p => p.ApprovedByUserId).HasMaxLength(TextLimits.Short);
        b.Property(p => p.ApprovedBy).HasMaxLength(TextLimits.Name);
        b.Property(p => p.RefusalReason).HasMaxLength(TextLimits.Long);
        b.Property(p => p.Content).HasConversion(JsonColumn.Converter<PlanContent>()!, JsonColumn.Comparer<PlanContent>()).IsRequired();
        b.Property(p => p.Review).HasConversion(JsonColumn.Converter<ReviewFindings>(), JsonColumn.Comparer<ReviewFindings>());
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Interventions);
        b.Ignore(p => p.DomainPriorities);
        b.Ignore(p => p.Engagement);
        b.Ignore(p => p.AgreedOn);
        b.Ignore(p => p.IsSettled);
    }
}

/// <summary>An IMP version is one row, its content JSON like a Case Management Plan's.</summary>
public sealed class IndividualManagementPlanConfiguration : IEntityTypeConfiguration<IndividualManagementPlan>
{
    public void Configure(EntityTypeBuilder<IndividualManagementPlan> b)
    {
        b.ToTable("IndividualManagementPlans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.PersonId, p.Number }).IsUnique();
        b.HasIndex(p => new { p.Status, p.SubmittedAt });
        b.HasOne<IndividualManagementPlan>().WithMany().HasForeignKey(p => p.ReviewOfId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(p => p.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(p => p.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(p => p.ReturnComments).HasMaxLength(TextLimits.Long);
        b.Property(p => p.ApprovedByUserId).HasMaxLength(TextLimits.Short);
        b.Property(p => p.ApprovedBy).HasMaxLength(TextLimits.Name);
        b.Property(p => p.Content).HasConversion(JsonColumn.Converter<ImpContent>()!, JsonColumn.Comparer<ImpContent>()).IsRequired();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.IsReview);
    }
}

public sealed class RefusalStepConfiguration : IEntityTypeConfiguration<RefusalStep>
{
    public void Configure(EntityTypeBuilder<RefusalStep> b)
    {
        b.ToTable("RefusalSteps");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseManagementPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Core.CaseNotes.CaseNote>().WithMany().HasForeignKey(s => s.CaseNoteId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.PlanId, s.On });
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(s => s.What).HasMaxLength(RefusalStep.MaxText).IsRequired();
        b.Property(s => s.ByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(s => s.ByName).HasMaxLength(TextLimits.Name).IsRequired();
    }
}
