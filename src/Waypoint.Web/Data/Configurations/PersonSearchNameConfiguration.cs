using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations;

public sealed class PersonSearchNameConfiguration : IEntityTypeConfiguration<PersonSearchName>
{
    public const string TrigramIndexName = "IX_PersonSearchNames_Text_Trigram";

    /// <summary>SQLite: an external-content FTS5 table over PersonSearchNames, kept in step by triggers (see the SQLite migration).</summary>
    public const string SqliteFtsTable = "PersonSearchNamesFts";

    public void Configure(EntityTypeBuilder<PersonSearchName> b)
    {
        b.ToTable("PersonSearchNames");
        b.HasKey(n => n.Id);
        b.Property(n => n.Text).HasMaxLength(TextLimits.Short * 2).IsRequired();
        b.HasIndex(n => n.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
