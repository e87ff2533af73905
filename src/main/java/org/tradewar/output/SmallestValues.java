package org.tradewar.output;

import java.util.Arrays;
import org.tradewar.io.Check;

/**
 * The {@code k} smallest of the values offered, in constant memory: a max-heap whose top is the
 * largest value kept, so a value that cannot be among the smallest is turned away in O(1) and one
 * that can costs O(log k). Offering {@code -x} keeps the largest values instead. NaN is not
 * offered.
 */
final class SmallestValues {
  private final int capacity;
  private double[] heap = new double[4];
  private int size;

  SmallestValues(int capacity) {
    Check.that(capacity > 0, "capacity must be positive");
    this.capacity = capacity;
  }

  void offer(double x) {
    if (size < capacity) {
      if (size == heap.length) {
        heap =
            Arrays.copyOf(heap, Math.min(capacity, 2 * heap.length)); // grows only as values come
      }
      heap[size] = x;
      siftUp(size++);
    } else if (x < heap[0]) {
      heap[0] = x;
      siftDown(0);
    }
  }

  int size() {
    return size;
  }

  /** The values kept, ascending. */
  double[] sorted() {
    double[] out = Arrays.copyOf(heap, size);
    Arrays.sort(out);
    return out;
  }

  private void siftUp(int i) {
    double x = heap[i];
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heap[parent] >= x) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = x;
  }

  private void siftDown(int i) {
    double x = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] > heap[child]) {
        child++;
      }
      if (heap[child] <= x) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = x;
  }
}
