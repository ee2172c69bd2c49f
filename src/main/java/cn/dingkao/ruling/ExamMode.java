package cn.dingkao.ruling;

/** How a business-level test was taken: online, offline (藏医/蒙医), or by the simplified procedure (简易程序). */
public enum ExamMode {
	ONLINE, OFFLINE, SIMPLIFIED
}
