package cn.dingkao.batch;

/**
 * Marks a failure caused by input that was refused (a file with a wrong header, not CSV/XLSX, too many rejected
 * rows): the operator must replace the input, then run the same command again. The command line exits with
 * its own code for it.
 */
public interface RefusedInput {

}
