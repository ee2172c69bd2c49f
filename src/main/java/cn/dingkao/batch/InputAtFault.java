package cn.dingkao.batch;

/**
 * Marks a failure whose message names the input it happened on — the kind, the file and the line with its value, or
 * the lines it was working on — with the cause in its own words: the one-line reason shows that message whole
 * ({@link FailureReason}) instead of the innermost Java message, which names nothing the operator can find.
 */
public interface InputAtFault {

}
