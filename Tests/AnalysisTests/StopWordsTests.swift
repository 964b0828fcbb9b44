import Analysis
import Testing

struct StopWordsTests {
    @Test(arguments: [
        "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte",
        "om", "ett", "han", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "man", "när", "hur", "vad",
        "min", "mitt", "mina", "ska", "skall", "du", "mig", "dig", "hon", "hen", "ni", "vår", "väl", "bör",
        "båda", "över", "även", "ännu", "åt",
    ])
    func containsFunctionWords(_ word: String) {
        #expect(StopWords.swedish.contains(word))
        #expect(StopWords.swedish.contains(Array(word.utf8)))
    }

    @Test(arguments: [
        // Content words of the domain, some of them on other stop lists.
        "kö", "bo", "bor", "barn", "skola", "plats", "få", "får", "fick", "år", "säga", "dom", "andra",
        "fast",
        "sen", "in", "ut", "upp", "nej", "ja", "kostar", "dagis", "förskola", "lss",
        // ASCII spellings that are content words, though a stop word folds to them.
        "val", "bada", "nat",
        // Not lowercased, or not words at all.
        "Och", "", "o", "ochs", "oc",
    ])
    func leavesOtherWordsAlone(_ word: String) {
        #expect(!StopWords.swedish.contains(word))
    }

    @Test(arguments: [
        "pa", "for", "ar", "nar", "fran", "sa", "da", "dar", "over", "aven", "nagon", "ocksa", "vara",
    ])
    func dropsStopWordsTypedWithoutDots(_ word: String) {
        #expect(StopWords.swedish.contains(word))
    }

    @Test func isASortedListOfFunctionWords() {
        let words = StopWords.swedish.words
        #expect((100...260).contains(words.count))
        // English function words that are no Swedish words are dropped too; Swedish content
        // words spelled like English ones are not.
        #expect(StopWords.swedish.contains("the") && StopWords.swedish.contains("with"))
        #expect(!StopWords.swedish.contains("by") && !StopWords.swedish.contains("in"))
        #expect(words.count == StopWords.swedish.count)
        let bytes = words.map { Array($0.utf8) }
        #expect(zip(bytes, bytes.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty })
        // Every word is found, and a word one byte longer or shorter is not.
        for word in words {
            #expect(StopWords.swedish.contains(word))
            #expect(!StopWords.swedish.contains(word + "q"))
        }
    }

    @Test func buildsACustomList() {
        let list = StopWords(["Och", "ÄR", "och", "", "bör"], asciiExceptions: ["bor"])
        #expect(list.words == ["bör", "och", "är"])  // byte order: å, ä and ö sort after ASCII
        #expect(list.contains("och") && list.contains("är") && list.contains("ar"))
        #expect(list.contains("bör") && !list.contains("bor"))
        #expect(!StopWords([]).contains("och"))
    }
}
