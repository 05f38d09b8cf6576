using FsCheck.Xunit;
using Waypoint.Core.Search;

namespace Waypoint.Core.Tests.Search;

public sealed class NameMatchTests
{
    [Theory]
    [Trait("Req", "PPL-07")]
    [InlineData("Smyth Jon", "John Smith")]
    [InlineData("jon smyth", "John Smith")]
    [InlineData("Jhon Smith", "John Smith")]
    [InlineData("smith", "John Smith")]
    [InlineData("Nguyen Thi", "Thị Lan Nguyễn")]
    [InlineData("obrien siobhan", "Siobhán O'Brien")]
    [InlineData("O'Brien", "Siobhán OBrien")]
    [InlineData("smith jones mary kate", "Mary-Kate Smith-Jones")]
    [InlineData("Jo", "Joanne Example")]
    public void TyposAndWordOrder_StillMatch(string query, string name) =>
        Assert.True(NameMatch.Score(query, name) >= NameMatch.Threshold, $"{query} → {name}: {NameMatch.Score(query, name):0.00}");

    [Theory]
    [Trait("Req", "PPL-07")]
    [InlineData("Smyth Jon", "Karen Wu")]
    [InlineData("Fitzgerald", "Mary Jones")]
    [InlineData("Nguyen", "Patrick Brown")]
    public void UnrelatedNames_DoNotMatch(string query, string name) =>
        Assert.True(NameMatch.Score(query, name) < NameMatch.Threshold, $"{query} → {name}: {NameMatch.Score(query, name):0.00}");

    [Fact]
    [Trait("Req", "PPL-07")]
    public void Normalise_RemovesDiacriticsAndApostrophes_AndSplitsHyphens()
    {
        Assert.Equal("siobhan obrien", NameMatch.Normalise("Siobhán O’Brien"));
        Assert.Equal("mary kate smith jones", NameMatch.Normalise("Mary-Kate  Smith-Jones"));
        Assert.Equal(" de la cruz ", NameMatch.IndexText("De La Cruz"));
    }

    [Fact]
    [Trait("Req", "PPL-07")]
    public void QueryTrigrams_IncludeWordStartsAndEnds()
    {
        var trigrams = NameMatch.QueryTrigrams("Jon");
        Assert.Equal([" jo", "jon", "on "], trigrams);
    }

    [Property]
    [Trait("Req", "PPL-07")]
    public bool Score_IsBetweenZeroAndOne(string query, string name) =>
        NameMatch.Score(query ?? "", name ?? "") is >= 0 and <= 1;

    [Property]
    [Trait("Req", "PPL-07")]
    public bool ExactName_ScoresOne(FsCheck.NonEmptyString name)
    {
        var text = name.Get;
        return NameMatch.Normalise(text).Length == 0 || Math.Abs(NameMatch.Score(text, text) - 1) < 1e-9;
    }
}
