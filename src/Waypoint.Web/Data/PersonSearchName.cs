namespace Waypoint.Web.Data;

/// <summary>One name a person is known by, normalised for search (PPL-07). Rebuilt whenever the person's names change.</summary>
public sealed class PersonSearchName
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public string Text { get; set; } = "";

    public List<PersonSearchNameWord> Words { get; set; } = [];
}

/// <summary>
/// A distinct normalised word from any name ("smith", "siobhan"). Typo-tolerant search looks for similar words in this
/// small table first, then for the names that contain them, which reads far fewer index entries than matching
/// trigrams against every name.
/// </summary>
public sealed class SearchWord
{
    public long Id { get; set; }

    public string Word { get; set; } = "";
}

/// <summary>Which words a search name is made of.</summary>
public sealed class PersonSearchNameWord
{
    public long NameId { get; set; }

    public long WordId { get; set; }
}
