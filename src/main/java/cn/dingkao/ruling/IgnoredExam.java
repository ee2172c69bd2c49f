package cn.dingkao.ruling;

/** A cycle-Y exam record that did not count, with why (Chinese). */
public record IgnoredExam(long examId, String why) {
}
