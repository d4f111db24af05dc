package vn.vanthu.compare;

/**
 * A syllable bigram with its counts on each side and its log-likelihood ratio G².
 */
public record Term(String phrase, int countA, int countB, double logLikelihood) {
}
