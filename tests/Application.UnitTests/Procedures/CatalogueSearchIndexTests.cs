using OneStop.Application.Procedures.Queries.GetProceduresWithPagination;
using OneStop.Domain.Common;

namespace OneStop.Application.UnitTests.Procedures;

public sealed class CatalogueSearchIndexTests
{
    private static CatalogueSearchIndex IndexOf(params string[] names) =>
        new(names.Select(n => new PublishedProcedureEntry { SearchText = VietnameseText.Fold(n) }).ToList());

    private static int[] Match(CatalogueSearchIndex index, string query) =>
        index.Match(VietnameseText.FoldedWords(query)).ToArray();

    [Test]
    public void ShouldMatchEveryWordAnywhereInTheText()
    {
        var index = IndexOf("Cấp giấy phép xây dựng", "Đăng ký khai sinh", "Cấp phép khai thác nước", "1.001193 Đăng ký kết hôn");

        Match(index, "giay phep xay dung").ShouldBe([0]);
        Match(index, "phep").ShouldBe([0, 2]);
        Match(index, "khai").ShouldBe([1, 2]);
        Match(index, "dang ky").ShouldBe([1, 3]);
        Match(index, "ky").ShouldBe([1, 3]);
        Match(index, "k").ShouldBe([1, 2, 3]);
        Match(index, "1.001193").ShouldBe([3]);
        Match(index, "xay khai").ShouldBeEmpty();
        Match(index, "zzz").ShouldBeEmpty();
        Match(index, "").ShouldBe([0, 1, 2, 3]);
    }

    [Test]
    public void ShouldNotMatchAWordWhoseTrigramsAreOnlyScattered()
    {
        // "abcd" has the trigrams "abc" and "bcd", both present here, but never side by side.
        var index = IndexOf("abc bcd");

        Match(index, "abcd").ShouldBeEmpty();
        Match(index, "abc").ShouldBe([0]);
    }

    [Test]
    public void ShouldAgreeWithAPlainScanOnRandomTextsAndQueries()
    {
        var random = new Random(20261123);
        const string letters = "abcdeghiknoptuy .";
        string RandomText(int length) => new(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]).ToArray());
        var texts = Enumerable.Range(0, 400).Select(_ => VietnameseText.Fold(RandomText(random.Next(5, 60)))).ToList();
        var index = new CatalogueSearchIndex(texts.Select(t => new PublishedProcedureEntry { SearchText = t }).ToList());

        for (var query = 0; query < 500; query++)
        {
            var words = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => VietnameseText.Fold(RandomText(random.Next(1, 6))))
                .Where(w => w.Length > 0 && !w.Contains(' '))
                .Distinct()
                .ToList();
            var expected = Enumerable.Range(0, texts.Count).Where(i => words.All(w => texts[i].Contains(w, StringComparison.Ordinal)));

            index.Match(words).ShouldBe(expected, $"words: {string.Join(',', words)}");
        }
    }
}
