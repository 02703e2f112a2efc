using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class CharVocabularyTests
{
    [Fact]
    public void Ids_follow_code_point_order_and_round_trip()
    {
        var v = CharVocabulary.FromTexts("abba", "cab");

        Assert.Equal(3, v.Size);
        Assert.Equal(new[] { 'a', 'b', 'c' }, v.Characters);
        Assert.Equal(new[] { 1, 0, 2, 0 }, v.Encode("baca"));
        Assert.Equal("cabb", v.Decode(v.Encode("cabb")));
    }

    [Fact]
    public void Unknown_characters_become_the_replacement()
    {
        var v = CharVocabulary.FromTexts("a b");

        Assert.Equal(v.Id(' '), v.Encode("z")[0]);
        Assert.Equal("a b a", v.Decode(v.Encode("a?b!a")));
        Assert.Equal("a a", v.Decode(v.Encode("a?a")));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("characters", Assert.Throws<ArgumentException>(() => new CharVocabulary("")).ParamName);
        Assert.Equal("replacement", Assert.Throws<ArgumentException>(() => new CharVocabulary("ab", 'z')).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CharVocabulary.FromTexts("ab").Char(2));
    }
}
