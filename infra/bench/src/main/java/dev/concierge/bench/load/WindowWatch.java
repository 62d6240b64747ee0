package dev.concierge.bench.load;

/** Told when a load's measured window starts and ends (after its warm-up, before its outstanding calls drain). */
public interface WindowWatch {

    WindowWatch NONE = new WindowWatch() {
        @Override
        public void started() {
        }

        @Override
        public void ended() {
        }
    };

    void started();

    void ended();
}
