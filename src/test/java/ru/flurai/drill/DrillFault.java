package ru.flurai.drill;

/**
 * One fault: {@code inject} breaks something for real and returns when the fault has lasted its
 * time; {@code repair} undoes it and returns when the broken part is back (bounded). Their notes
 * (lag, hostile answers) go under the table.
 */
record DrillFault(String name, Step inject, Step repair) {
  interface Step {
    /** Acts; returns a note for the table, or an empty string. */
    String run() throws Exception;
  }
}
