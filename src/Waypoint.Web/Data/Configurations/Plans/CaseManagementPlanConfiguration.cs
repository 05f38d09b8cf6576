using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

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
        b.Property(p => p.Content).HasConversion(AsJson<PlanContent>()!, Compared<PlanContent>()).IsRequired();
        b.Property(p => p.Review).HasConversion(AsJson<ReviewFindings>(), Compared<ReviewFindings>());
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Interventions);
        b.Ignore(p => p.DomainPriorities);
        b.Ignore(p => p.Engagement);
        b.Ignore(p => p.AgreedOn);
        b.Ignore(p => p.IsSettled);
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T?, string?> AsJson<T>()
        where T : class =>
        new(v => v == null ? null : JsonSerializer.Serialize(v, Json), s => s == null ? null : JsonSerializer.Deserialize<T>(s, Json));

    private static ValueComparer<T?> Compared<T>()
        where T : class =>
        new((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json), v => JsonSerializer.Serialize(v, Json).GetHashCode(), v => v);
}
