package cn.dingkao.ruling;

/** An institution's rating of ethics or performance (合格 / 不合格). */
public enum Rating {
	PASS, FAIL
}
