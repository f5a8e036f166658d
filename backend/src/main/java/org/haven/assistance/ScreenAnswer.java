package org.haven.assistance;

/** An answer to an item of the short re-trafficking screen; declining is an answer. */
public enum ScreenAnswer {

	NO, YES, DECLINED

}
