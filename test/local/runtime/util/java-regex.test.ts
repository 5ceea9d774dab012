import { compileJavaPattern } from '../../../../local/runtime/util/java-regex';
import { JavaPatternError } from '../../../../local/runtime/util/java-regex-scanner';

// Expected results are those of java.util.regex.Pattern.matches(pattern, input), per the Pattern
// documentation: https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/regex/Pattern.html
const matches = (pattern: string, input: string) => compileJavaPattern(pattern).test(input);

function table(rows: [pattern: string, input: string, expected: boolean][]) {
  test.each(rows)('Pattern.matches(%j, %j) is %s', (pattern, input, expected) => {
    expect(matches(pattern, input)).toBe(expected);
  });
}

describe('the whole input must match', () => {
  table([
    ['a*b', 'aaaaab', true],
    ['a*b', 'aaaaabc', false],
    ['b', 'abc', false],
    ['a|ab', 'ab', true],
    ['', '', true],
    ['x?', '', true],
  ]);
});

describe('quantifiers', () => {
  table([
    // Possessive quantifiers never give back what they took.
    ['a*+a', 'aaa', false],
    ['a*+b', 'aaab', true],
    ['a++', 'aaa', true],
    ['(ab)?+ab', 'ab', false],
    ['a{2}+a', 'aaa', true],
    ['a{1,3}+a', 'aaa', false],
    ['a{1,3}+a', 'aaaa', true],
    // Lazy quantifiers still have to cover the whole input.
    ['a+?', 'aaa', true],
    ['a{2,}?b', 'aaab', true],
    // Atomic groups commit to their first successful alternative.
    ['(?>a|ab)c', 'abc', false],
    ['(?>ab|a)c', 'abc', true],
  ]);
});

describe('anchors and line terminators', () => {
  table([
    ['\\Aabc\\z', 'abc', true],
    ['abc\\Z\\n', 'abc\n', true],
    ['abc$', 'abc\n', false],
    ['abc$\\n', 'abc\n', true],
    ['abc$\\r\\n', 'abc\r\n', true],
    ['abc\\r$\\n', 'abc\r\n', false],
    ['a\\n^b', 'a\nb', false],
    ['(?m)a$\\n^b', 'a\nb', true],
    ['(?m)a$\\r\\n^b', 'a\r\nb', true],
    ['(?m)a\\r$\\n^b', 'a\r\nb', false],
    ['(?m)a\\n^', 'a\n', false],
    ['\\Gabc', 'abc', true],
    ['a(?<=a)b', 'ab', true],
    ['\\bfoo\\b', 'foo', true],
    ['a\\Bb', 'ab', true],
    ['(?U)é\\b', 'é', true],
  ]);
});

describe('the dot', () => {
  table([
    ['.', '\n', false],
    ['.', '\r', false],
    ['.', '\u0085', false],
    ['.', '\u2028', false],
    ['(?s).', '\n', true],
    ['(?d).', '\r', true],
    ['(?d).', '\n', false],
    ['.', '😀', true],
  ]);
});

describe('predefined classes are ASCII unless UNICODE_CHARACTER_CLASS', () => {
  table([
    ['\\s', '\u000B', true],
    ['\\s', '\u00A0', false],
    ['(?U)\\s', '\u00A0', true],
    ['\\S', '\u00A0', true],
    ['\\d', '٣', false],
    ['(?U)\\d', '٣', true],
    ['\\w+', 'héllo', false],
    ['(?U)\\w+', 'héllo', true],
    ['\\h', '\u00A0', true],
    ['\\h', '\n', false],
    ['\\H', 'x', true],
    ['\\v', '\u2028', true],
    ['\\v', '\u000B', true],
    ['\\V', ' ', true],
    ['a\\Rb', 'a\r\nb', true],
    ['\\R', '\u0085', true],
  ]);
});

describe('escapes', () => {
  table([
    ['\\a\\e\\t', '\u0007\u001B\t', true],
    ['\\0101\\07', 'A\u0007', true],
    ['\\x41\\x{1F600}', 'A😀', true],
    ['\\u00e9', 'é', true],
    ['\\uD83D\\uDE00', '😀', true],
    ['\\cA', '\u0001', true],
    ['\\Qa.b*\\E', 'a.b*', true],
    ['\\Qa.b\\E', 'axb', false],
    ['\\Q(unclosed', '(unclosed', true],
    ['a\\.b', 'a.b', true],
    ['\\#\\@\\"', '#@"', true],
    [']', ']', true],
    ['}', '}', true],
  ]);
});

describe('character classes', () => {
  table([
    ['[]a]+', ']a]', true],
    ['[^]a]', 'b', true],
    ['[^]a]', ']', false],
    ['[a-z&&[^aeiou]]+', 'bcd', true],
    ['[a-z&&[^aeiou]]+', 'bad', false],
    ['[a-d[m-p]]+', 'adm', true],
    ['[a-d[m-p]]', 'e', false],
    ['[a-z&&[def]]', 'e', true],
    ['[a-z&&[def]]', 'a', false],
    ['[\\d&&[^5]]+', '1234', true],
    ['[\\d&&[^5]]', '5', false],
    ['[a\\-z]', '-', true],
    ['[a-]', '-', true],
    ['[-a]', '-', true],
    ['[\\S]', ' ', false],
    ['[^\\s]', 'x', true],
    ['[\\p{Lower}\\d]+', 'ab12', true],
    ['[\\[\\]{}()|/]+', '[]{}()|/', true],
    ['[\\x{1F600}-\\x{1F64F}]', '😃', true],
  ]);
});

describe('property classes', () => {
  table([
    ['\\p{Lower}+', 'abc', true],
    ['\\p{Lower}', 'é', false],
    ['(?U)\\p{Lower}', 'é', true],
    ['\\p{Alnum}+', 'a1Z', true],
    ['\\p{Punct}', '!', true],
    ['\\p{XDigit}+', '0aF', true],
    ['\\P{Digit}', 'a', true],
    ['\\p{L}+', 'héllo', true],
    ['\\pL+', 'abc', true],
    ['\\p{Lu}', 'É', true],
    ['\\p{IsL}', 'x', true],
    ['\\p{IsLatin}+', 'abc', true],
    ['\\p{IsGreek}', 'α', true],
    ['\\p{IsGREEK}', 'α', true],
    ['\\p{sc=Greek}', 'α', true],
    ['\\p{gc=Nd}', '5', true],
    ['\\p{IsAlphabetic}', 'é', true],
    ['\\p{IsWhite_Space}', '\u2003', true],
    ['\\p{javaLowerCase}', 'é', true],
    ['\\p{javaWhitespace}', '\u00A0', false],
    ['\\p{javaWhitespace}', '\u2003', true],
    ['\\p{L1}', 'ÿ', true],
  ]);
});

describe('inline flags', () => {
  table([
    ['(?i)hello', 'HeLLo', true],
    // CASE_INSENSITIVE alone folds US-ASCII only; UNICODE_CASE extends it.
    ['(?i)é', 'É', false],
    ['(?iu)é', 'É', true],
    ['(?i)[a-c]+', 'ABC', true],
    ['(?i)[^a]', 'A', false],
    ['a(?i)b', 'aB', true],
    ['a(?i)b', 'AB', false],
    ['(?i:a)b', 'Ab', true],
    ['(?i:a)b', 'AB', false],
    // A flag set inside a group ends with the group.
    ['(a(?i)b)c', 'aBc', true],
    ['(a(?i)b)c', 'aBC', false],
    ['(?i)a(?-i)b', 'Ab', true],
    ['(?i)a(?-i)b', 'AB', false],
    ['(?x) a b # a comment\n c', 'abc', true],
    ['(?x)a\\ b [ x ]', 'a b x', false],
    ['(?x)a\\ b[x ]', 'a bx', true],
    ['(?x)a +', 'aaa', true],
  ]);
});

describe('groups and backreferences', () => {
  table([
    ['(a)(b)\\2\\1', 'abba', true],
    // \11 names group 11 only if it exists; with one group it is \1 followed by "1".
    ['(a)\\11', 'aa1', true],
    ['(?<x>ab)\\k<x>', 'abab', true],
    ['(?<first>a)(b)\\2\\1', 'abba', true],
    // The rewrites of atomic groups and possessive quantifiers add groups; user numbers stay right.
    ['(?>(a))(b)\\2\\1', 'abba', true],
    ['(a)*+(b)\\2\\1', 'aabba', true],
    ['(?:a)(b)\\1', 'abb', true],
    ['\\2(a)', 'a', false],
  ]);
});

describe('invalid patterns are refused with the reason and position', () => {
  test.each([
    ['*a', /Dangling meta character '\*' near index 0/],
    ['a{', /Illegal repetition/],
    ['{1}', /Illegal repetition/],
    ['a{3,1}', /Illegal repetition range/],
    ['(a', /Unclosed group/],
    ['a)', /Unmatched closing '\)'/],
    ['[a', /Unclosed character class/],
    ['[z-a]', /Illegal character range/],
    ['\\i', /Illegal\/unsupported escape sequence/],
    ['\\k<nope>', /named capturing group <nope> does not exist/],
    ['(?<a>x)(?<a>y)', /already defined/],
    ['\\p{Nope}', /Unknown character property name/],
    ['\\0', /Illegal octal escape/],
    ['\\x{110000}', /Illegal hexadecimal escape/],
    ['(?q)', /Unknown inline modifier/],
  ])('%j', (pattern, reason) => {
    expect(() => compileJavaPattern(pattern)).toThrow(JavaPatternError);
    expect(() => compileJavaPattern(pattern)).toThrow(reason);
  });

  test.each([
    ['\\X'],
    ['\\N{LATIN SMALL LETTER A}'],
    ['\\b{g}'],
    ['\\p{InGreek}'],
    ['\\p{block=Greek}'],
    ['(?c)a'],
    ['[\\Qa\\E]'],
  ])('%j uses a feature the local runtime does not support', (pattern) => {
    expect(() => compileJavaPattern(pattern)).toThrow(/not supported/);
  });
});
