namespace OneStop.Application.Procedures.Queries.GetProceduresWithPagination;

/// <summary>
/// An n-gram index over the published catalogue's folded search texts, built once per snapshot.
/// <see cref="Match"/> finds the entries whose text contains every query word, the same answer as
/// <c>LIKE '%word%'</c> for each word, without reading every text: a word is narrowed to the entries
/// holding its rarest trigram (or its bigram), and only words longer than three characters are then
/// checked against the text. Posting lists are in entry order, so results keep the search order.
/// </summary>
public sealed class CatalogueSearchIndex
{
    private static readonly int[] None = [];
    private readonly Dictionary<long, int[]> _postings;

    public IReadOnlyList<PublishedProcedureEntry> Entries { get; }

    public CatalogueSearchIndex(IReadOnlyList<PublishedProcedureEntry> entries)
    {
        Entries = entries;
        var lists = new Dictionary<long, List<int>>();
        for (var position = 0; position < entries.Count; position++)
        {
            var text = entries[position].SearchText;
            foreach (var length in (ReadOnlySpan<int>)[2, 3])
            {
                for (var start = 0; start + length <= text.Length; start++)
                {
                    var key = Gram(text.AsSpan(start, length));
                    if (!lists.TryGetValue(key, out var list))
                    {
                        lists[key] = list = [];
                    }
                    // A gram repeated in one text is listed once; positions only grow, so the last is enough to check.
                    if (list.Count == 0 || list[^1] != position)
                    {
                        list.Add(position);
                    }
                }
            }
        }
        _postings = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>Positions in <see cref="Entries"/>, ascending, of the entries containing every word.</summary>
    public IEnumerable<int> Match(IReadOnlyList<string> words)
    {
        int[]? candidates = null;
        var mustVerify = new List<string>();
        foreach (var word in words)
        {
            if (word.Length == 1)
            {
                mustVerify.Add(word);
                continue;
            }
            var narrowed = word.Length == 2 ? Postings(word) : RarestTrigramPostings(word);
            if (word.Length > 3)
            {
                mustVerify.Add(word);
            }
            candidates = candidates is null ? narrowed : Intersect(candidates, narrowed);
            if (candidates.Length == 0)
            {
                return None;
            }
        }
        var positions = candidates ?? Enumerable.Range(0, Entries.Count);
        return mustVerify.Count == 0
            ? positions
            : positions.Where(p => mustVerify.TrueForAll(word => Entries[p].SearchText.Contains(word, StringComparison.Ordinal)));
    }

    private int[] RarestTrigramPostings(string word)
    {
        var rarest = None;
        for (var start = 0; start + 3 <= word.Length; start++)
        {
            var postings = Postings(word.AsSpan(start, 3));
            if (postings.Length == 0)
            {
                return None;
            }
            if (start == 0 || postings.Length < rarest.Length)
            {
                rarest = postings;
            }
        }
        return rarest;
    }

    private int[] Postings(ReadOnlySpan<char> gram) => _postings.GetValueOrDefault(Gram(gram), None);

    /// <summary>Two or three UTF-16 units and the length packed in one key: no string per gram.</summary>
    private static long Gram(ReadOnlySpan<char> gram)
    {
        long key = gram.Length;
        foreach (var c in gram)
        {
            key = (key << 16) | c;
        }
        return key;
    }

    private static int[] Intersect(int[] a, int[] b)
    {
        var result = new List<int>(Math.Min(a.Length, b.Length));
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return [.. result];
    }
}
