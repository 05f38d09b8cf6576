using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Core.Common;
using Waypoint.Core.People;

namespace Waypoint.Web.Data.Configurations;

public sealed class PersonSearchNameConfiguration : IEntityTypeConfiguration<PersonSearchName>
{
    public void Configure(EntityTypeBuilder<PersonSearchName> b)
    {
        b.ToTable("PersonSearchNames");
        b.HasKey(n => n.Id);
        b.Property(n => n.Text).HasMaxLength(TextLimits.Short * 2).IsRequired();
        b.HasIndex(n => n.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Words).WithOne().HasForeignKey(w => w.NameId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public const string TrigramIndexName = "IX_SearchWords_Word_Trigram";

    /// <summary>SQLite: an external-content FTS5 trigram table over SearchWords, kept in step by triggers (see the SQLite migration).</summary>
    public const string SqliteFtsTable = "SearchWordsFts";

    public void Configure(EntityTypeBuilder<SearchWord> b)
    {
        b.ToTable("SearchWords");
        b.HasKey(w => w.Id);
        b.Property(w => w.Word).HasMaxLength(TextLimits.Name).IsRequired();
        b.HasIndex(w => w.Word).IsUnique();
    }
}

public sealed class PersonSearchNameWordConfiguration : IEntityTypeConfiguration<PersonSearchNameWord>
{
    public void Configure(EntityTypeBuilder<PersonSearchNameWord> b)
    {
        b.ToTable("PersonSearchNameWords");
        // Keyed word first: the search reads "which names contain these words".
        b.HasKey(w => new { w.WordId, w.NameId });
        b.HasIndex(w => w.NameId);
        b.HasOne<SearchWord>().WithMany().HasForeignKey(w => w.WordId).OnDelete(DeleteBehavior.Cascade);
    }
}
