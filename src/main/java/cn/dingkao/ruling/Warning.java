package cn.dingkao.ruling;

/** A data problem found while ruling; {@code detail} is Chinese and names the input row. */
public record Warning(WarningCode code, String orgCode, String detail) {
}
