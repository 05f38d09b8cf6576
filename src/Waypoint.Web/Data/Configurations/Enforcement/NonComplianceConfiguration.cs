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

public sealed class FormalWarningConfiguration : IEntityTypeConfiguration<FormalWarning>
{
    public void Configure(EntityTypeBuilder<FormalWarning> b)
    {
        b.ToTable("FormalWarnings");
        b.HasKey(w => w.Id);
        b.Property(w => w.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(w => w.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(w => w.OrderId).OnDelete(DeleteBehavior.Restrict);
        // One warning answers one non-compliance.
        b.HasOne<NonCompliance>().WithMany().HasForeignKey(w => w.NonComplianceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => w.NonComplianceId).IsUnique();
        b.HasIndex(w => new { w.PersonId, w.GivenOn });
        b.Property(w => w.Method).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(w => w.Reason).HasMaxLength(FormalWarning.MaxText).IsRequired();
        b.Property(w => w.Consequences).HasMaxLength(FormalWarning.MaxText).IsRequired();
        b.Property(w => w.IssuedByUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(w => w.IssuedByName).HasMaxLength(TextLimits.Name).IsRequired();
    }
}

/// <summary>
/// A referral is one row; each of its steps (who moved it where, and when) is a row of its own, only ever added to, so
/// the person's timeline reads them among the case notes in one query.
/// </summary>
public sealed class BreachReferralConfiguration : IEntityTypeConfiguration<BreachReferral>
{
    public void Configure(EntityTypeBuilder<BreachReferral> b)
    {
        b.ToTable("BreachReferrals");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Core.Plans.CaseManagementPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.PersonId, r.StartedOn });
        // The team leader's queue: referrals awaiting approval.
        b.HasIndex(r => r.Status);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(r => r.Authority).HasMaxLength(TextLimits.Code).IsRequired();
        b.Property(r => r.Grounds).HasMaxLength(BreachReferral.MaxText).IsRequired();
        b.Property(r => r.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(r => r.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(r => r.ReturnComments).HasMaxLength(TextLimits.Long);
        b.Property(r => r.ApprovedByUserId).HasMaxLength(TextLimits.Short);
        b.Property(r => r.ApprovedBy).HasMaxLength(TextLimits.Name);
        b.Property(r => r.HearingPlace).HasMaxLength(TextLimits.Short);
        b.Property(r => r.OutcomeNotes).HasMaxLength(TextLimits.Long);
        b.Property(r => r.WithdrawnReason).HasMaxLength(TextLimits.Long);
        b.OwnsMany(r => r.Steps, s =>
        {
            s.ToTable("BreachSteps");
            s.WithOwner().HasForeignKey("ReferralId");
            s.HasKey("ReferralId", nameof(BreachStep.Number));
            s.Property(x => x.Number).ValueGeneratedNever();
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
            s.Property(x => x.ByName).HasMaxLength(TextLimits.Name).IsRequired();
            s.Property(x => x.Note).HasMaxLength(TextLimits.Long);
        });
        b.Navigation(r => r.Steps).HasField("steps");
        b.Ignore(r => r.IsOpen);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

/// <summary>One summary per order; its counted facts are one JSON column, read whole.</summary>
public sealed class EffectivenessSummaryConfiguration : IEntityTypeConfiguration<EffectivenessSummary>
{
    public void Configure(EntityTypeBuilder<EffectivenessSummary> b)
    {
        b.ToTable("EffectivenessSummaries");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.OrderId).IsUnique();
        b.Property(s => s.Facts).HasConversion(JsonColumn.Converter<EffectivenessFacts>()!, JsonColumn.Comparer<EffectivenessFacts>()!).IsRequired();
        b.Property(s => s.ProgressAgainstPlan).HasMaxLength(EffectivenessSummary.MaxText);
        b.Property(s => s.Outcomes).HasMaxLength(EffectivenessSummary.MaxText);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(TextLimits.Code);
        b.Property(s => s.AuthorUserId).HasMaxLength(TextLimits.Short).IsRequired();
        b.Property(s => s.AuthorName).HasMaxLength(TextLimits.Name).IsRequired();
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}
