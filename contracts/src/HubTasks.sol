// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./HubBase.sol";

/// @title HubTasks: the Proof-of-Contribution task lifecycle.
/// @notice First module of the delegation chain (the hottest functions live here); calls for
///         functions it does not have are delegated to the next module.
contract HubTasks is HubBase, IHubTasks {
    uint256 private constant WEIGHT_MASK = (uint256(1) << 224) - 1;

    address private immutable _next;

    constructor(address next) {
        _next = next;
    }

    fallback() external {
        _delegate(_next);
    }

    // ---------------------------------------------------------------- initialize

    function initialize(bytes32 dealid, uint256 idx) public returns (bytes32 taskid) {
        Deal storage d = _deals[dealid];
        require(idx < d.volume, "hub: task index out of range");
        require(!d.batched, "hub: batched deal: its tasks are settled by settle");
        uint256 start = d.startTime;
        uint256 t = d.timeRef;
        require(block.timestamp < start + CONTRIBUTION_DEADLINE_RATIO * t, "hub: contribution deadline passed");
        taskid = keccak256(abi.encodePacked(dealid, idx));
        Task storage task = _tasks[taskid];
        require(task.status == TASK_UNSET, "hub: task already initialized");
        task.dealid = dealid;
        task.status = TASK_ACTIVE;
        task.idx = uint32(idx);
        task.contributionDeadline = uint40(start + CONTRIBUTION_DEADLINE_RATIO * t);
        task.finalDeadline = uint40(start + FINAL_DEADLINE_RATIO * t);
        emit TaskInitialize(taskid, dealid, idx);
    }

    function initializeArray(bytes32[] calldata dealids, uint256[] calldata idxs) external {
        require(dealids.length == idxs.length, "hub: array lengths differ");
        for (uint256 i = 0; i < dealids.length; i++) {
            initialize(dealids[i], idxs[i]);
        }
    }

    // ---------------------------------------------------------------- contribute

    function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, bytes calldata authorization) external {
        Task storage task = _tasks[taskid];
        require(task.status == TASK_ACTIVE, "hub: task not active");
        require(block.timestamp < task.contributionDeadline, "hub: contribution deadline passed");
        require(resultHash != bytes32(0) && resultSeal != bytes32(0), "hub: empty result hash or seal");
        Deal storage d = _deals[task.dealid];
        _record(taskid, task, d, resultSeal, CONTRIB_CONTRIBUTED, authorization);
        emit TaskContribute(taskid, msg.sender, resultHash);

        // Sarmenta's credibility: the group of resultHash grows by the worker's weight.
        uint256 w = _weight(_scores[msg.sender]);
        uint256 g = _groups[taskid][resultHash];
        uint256 gw = g & WEIGHT_MASK;
        uint256 ngw = gw == 0 ? w : gw * w;
        require(ngw <= WEIGHT_MASK, "hub: group weight overflow");
        uint256 voters = (g >> 224) + 1;
        uint256 total = task.total;
        if (total == 0) total = 1;
        total = total + ngw - gw;

        uint256 trust = d.trust;
        if (trust == 0) trust = 1;
        if (ngw * trust > total * (trust - 1)) {
            // The deciding vote is not written to the tally: no vote can follow it, and reopen
            // needs exactly the tally before it (total - group of the winner).
            task.status = TASK_REVEALING;
            task.consensus = resultHash;
            task.revealDeadline = uint40(block.timestamp + REVEAL_DEADLINE_RATIO * uint256(d.timeRef));
            task.winnerCount = uint16(voters);
            emit TaskConsensus(taskid, resultHash);
        } else {
            _groups[taskid][resultHash] = (voters << 224) | ngw;
            task.total = total;
        }
    }

    /// @dev Checks the scheduler's authorization, locks the worker's stake and records the
    ///      contribution (status CONTRIBUTED or, for contributeAndFinalize, REVEALED).
    function _record(bytes32 taskid, Task storage task, Deal storage d, bytes32 seal, uint256 status, bytes calldata authorization)
        private
    {
        bytes32 auth = _typedDataHash(keccak256(abi.encode(AUTHORIZATION_TYPEHASH, msg.sender, taskid)));
        require(_recover(auth, authorization) == d.scheduler, "hub: invalid scheduler authorization");
        require(_contributions[taskid][msg.sender] == 0, "hub: already contributed");
        uint256 n = task.contributorCount;
        require(n < type(uint16).max, "hub: too many contributors");
        _lock(msg.sender, uint256(d.poolPrice) * d.workerStakeRatio / 100, "hub: worker balance too low for its stake");
        uint256 w = _weight(_scores[msg.sender]);
        require(w <= type(uint32).max, "hub: score too large");
        _contributions[taskid][msg.sender] =
            uint256(uint160(uint256(seal))) | (status << 160) | (uint256(task.epoch) << 168) | (w << 176);
        _contributors[taskid][n] = msg.sender;
        task.contributorCount = uint16(n + 1);
    }

    // ---------------------------------------------------------------- reveal and reopen

    function reveal(bytes32 taskid, bytes32 digest) external {
        Task storage task = _tasks[taskid];
        require(task.status == TASK_REVEALING, "hub: task not revealing");
        require(block.timestamp < task.revealDeadline, "hub: reveal deadline passed");
        uint256 c = _contributions[taskid][msg.sender];
        require((c >> 160) & 0xff == CONTRIB_CONTRIBUTED, "hub: no contribution to reveal");
        bytes32 h = keccak256(abi.encodePacked(taskid, digest));
        uint256 revealed = task.revealCount;
        if (revealed == 0) {
            require(h == task.consensus, "hub: digest does not match the consensus");
        } else {
            require(digest == task.consensus, "hub: digest does not match the consensus");
        }
        bytes32 seal = keccak256(abi.encodePacked(msg.sender, taskid, digest));
        require(uint160(c) == uint160(uint256(seal)), "hub: seal does not match the digest");
        if (task.epoch > 0) {
            require(((c >> 168) & 0xff) >= _rejectedAt[taskid][h], "hub: contribution rejected by reopen");
        }
        _contributions[taskid][msg.sender] = (c & ~(uint256(0xff) << 160)) | (CONTRIB_REVEALED << 160);
        if (revealed == 0) task.consensus = digest;
        task.revealCount = uint16(revealed + 1);
        emit TaskReveal(taskid, msg.sender, digest);
    }

    function reopen(bytes32 taskid) external {
        Task storage task = _tasks[taskid];
        require(task.status == TASK_REVEALING, "hub: task not revealing");
        require(msg.sender == _deals[task.dealid].scheduler, "hub: not the scheduler");
        require(block.timestamp >= task.revealDeadline, "hub: reveal deadline not reached");
        require(task.revealCount == 0, "hub: a winner has revealed");
        require(task.epoch < type(uint8).max, "hub: too many reopens");
        bytes32 h = task.consensus;
        task.total -= _groups[taskid][h] & WEIGHT_MASK;
        delete _groups[taskid][h];
        uint8 epoch = task.epoch + 1;
        task.epoch = epoch;
        _rejectedAt[taskid][h] = epoch;
        task.status = TASK_ACTIVE;
        task.consensus = bytes32(0);
        task.revealDeadline = 0;
        task.winnerCount = 0;
        emit TaskReopen(taskid);
    }

    // ---------------------------------------------------------------- finalize

    function finalize(bytes32 taskid, bytes calldata results, bytes calldata resultsCallback) external {
        Task storage task = _tasks[taskid];
        require(task.status == TASK_REVEALING, "hub: task not revealing");
        Deal storage d = _deals[task.dealid];
        require(msg.sender == d.scheduler, "hub: not the scheduler");
        require(block.timestamp < task.finalDeadline, "hub: final deadline passed");
        uint256 revealed = task.revealCount;
        require(
            revealed > 0 && (revealed == task.winnerCount || block.timestamp >= task.revealDeadline),
            "hub: reveals still pending"
        );
        _finalize(taskid, task, d, results, resultsCallback);
    }

    function contributeAndFinalize(
        bytes32 taskid,
        bytes32 digest,
        bytes calldata results,
        bytes calldata resultsCallback,
        bytes calldata authorization
    ) external {
        Task storage task = _tasks[taskid];
        require(task.status == TASK_ACTIVE, "hub: task not active");
        require(block.timestamp < task.contributionDeadline, "hub: contribution deadline passed");
        Deal storage d = _deals[task.dealid];
        require(d.trust <= 1, "hub: trust above 1 needs contribute and reveal");
        require(task.contributorCount == 0, "hub: task already has contributions");
        bytes32 resultHash = keccak256(abi.encodePacked(taskid, digest));
        _record(taskid, task, d, keccak256(abi.encodePacked(msg.sender, taskid, digest)), CONTRIB_REVEALED, authorization);
        task.consensus = digest;
        task.winnerCount = 1;
        task.revealCount = 1;
        emit TaskContribute(taskid, msg.sender, resultHash);
        emit TaskConsensus(taskid, resultHash);
        emit TaskReveal(taskid, msg.sender, digest);
        _finalize(taskid, task, d, results, resultsCallback);
    }

    function _finalize(bytes32 taskid, Task storage task, Deal storage d, bytes calldata results, bytes calldata resultsCallback)
        private
    {
        address callback = d.callback;
        bytes32 digest = task.consensus;
        if (callback != address(0)) {
            require(resultsCallback.length <= MAX_CALLBACK_DATA, "hub: callback data over 16384 bytes");
            require(keccak256(resultsCallback) == digest, "hub: callback data does not match the digest");
        }
        task.status = TASK_COMPLETED;

        uint256 appPrice = d.appPrice;
        uint256 datasetPrice = d.datasetPrice;
        uint256 poolPrice = d.poolPrice;
        _seize(d.requester, appPrice + datasetPrice + poolPrice);
        _credit(d.appOwner, appPrice);
        _credit(d.datasetOwner, datasetPrice);
        _reward(taskid, task, d, poolPrice);
        emit TaskFinalize(taskid, results);

        if (callback != address(0)) {
            _callbackResults[taskid] = resultsCallback;
            _deliver(taskid, callback, resultsCallback);
        }
    }

    /// @dev Pays the workers' pot: seizes the stakes of everyone but the revealed winners,
    ///      gives the scheduler its share, splits the rest among winners by floor(log2(w)).
    function _reward(bytes32 taskid, Task storage task, Deal storage d, uint256 poolPrice) private {
        uint256 n = task.contributorCount;
        uint256 stake = poolPrice * d.workerStakeRatio / 100;
        uint256 workersPot = poolPrice;
        uint256 shares;
        for (uint256 i = 0; i < n; i++) {
            address worker = _contributors[taskid][i];
            uint256 c = _contributions[taskid][worker];
            if ((c >> 160) & 0xff == CONTRIB_REVEALED) {
                shares += _log2(c >> 176);
            } else {
                _seize(worker, stake);
                workersPot += stake;
                _setScore(worker, _scores[worker] * 2 / 3);
            }
        }
        uint256 forWinners = workersPot - workersPot * d.schedulerRewardRatio / 100;
        uint256 paid;
        for (uint256 i = 0; i < n; i++) {
            address worker = _contributors[taskid][i];
            uint256 c = _contributions[taskid][worker];
            if ((c >> 160) & 0xff == CONTRIB_REVEALED) {
                uint256 share = forWinners * _log2(c >> 176) / shares;
                paid += share;
                _unlockAndCredit(worker, stake, share);
                if (n > 1) _setScore(worker, _scores[worker] + 1);
            }
        }
        _unlockAndCredit(d.scheduler, poolPrice * SCHEDULER_STAKE_RATIO / 100, workersPot - paid);
    }

    function _setScore(address worker, uint256 score) private {
        _scores[worker] = score;
        emit ScoreUpdated(worker, score);
    }

    /// @dev Calls receiveResult with a bounded gas budget; its failure is recorded, not fatal.
    function _deliver(bytes32 taskid, address callback, bytes calldata data) private {
        bytes memory payload = abi.encodeCall(IOracleConsumer.receiveResult, (taskid, data));
        // EIP-150 leaves 63/64 of the gas to the callee: make sure the budget is really there,
        // so a caller cannot make the callback fail by sending too little gas.
        require(gasleft() >= CALLBACK_GAS * 64 / 63 + 10_000, "hub: not enough gas for the callback");
        bool ok;
        uint256 budget = CALLBACK_GAS;
        assembly {
            ok := call(budget, callback, 0, add(payload, 32), mload(payload), 0, 0)
        }
        emit CallbackDelivered(taskid, callback, ok);
    }

    // ---------------------------------------------------------------- claim

    function claim(bytes32 taskid) external {
        Task storage task = _tasks[taskid];
        require(task.status != TASK_UNSET, "hub: task not initialized (use claimArray)");
        _claim(taskid, task);
    }

    function claimArray(bytes32[] calldata dealids, uint256[] calldata idxs) external {
        require(dealids.length == idxs.length, "hub: array lengths differ");
        for (uint256 i = 0; i < dealids.length; i++) {
            bytes32 taskid = keccak256(abi.encodePacked(dealids[i], idxs[i]));
            Task storage task = _tasks[taskid];
            if (task.status == TASK_UNSET) {
                Deal storage d = _deals[dealids[i]];
                require(idxs[i] < d.volume, "hub: task index out of range");
                require(!d.batched, "hub: batched deal: claim its tasks with claimBatched");
                task.dealid = dealids[i];
                task.idx = uint32(idxs[i]);
            }
            _claim(taskid, task);
        }
    }

    function _claim(bytes32 taskid, Task storage task) private {
        require(task.status < TASK_COMPLETED, "hub: task already completed or failed");
        Deal storage d = _deals[task.dealid];
        uint256 poolPrice = _refund(d);
        task.status = TASK_FAILED;
        uint256 stake = poolPrice * d.workerStakeRatio / 100;
        uint256 n = task.contributorCount;
        for (uint256 i = 0; i < n; i++) {
            _unlockAndCredit(_contributors[taskid][i], stake, 0);
        }
        emit TaskClaimed(taskid);
    }

    // ---------------------------------------------------------------- views

    function viewTask(bytes32 taskid) external view returns (TaskView memory v) {
        Task storage task = _tasks[taskid];
        v.status = task.status;
        v.dealid = task.dealid;
        v.idx = task.idx;
        v.contributionDeadline = task.contributionDeadline;
        v.revealDeadline = task.revealDeadline;
        v.finalDeadline = task.finalDeadline;
        v.contributorCount = task.contributorCount;
        v.winnerCount = task.winnerCount;
        v.revealCount = task.revealCount;
        v.epoch = task.epoch;
        v.total = task.total == 0 ? 1 : task.total;
        if (task.revealCount > 0) {
            v.resultDigest = task.consensus;
            v.consensusValue = keccak256(abi.encodePacked(taskid, task.consensus));
        } else {
            v.consensusValue = task.consensus;
        }
        v.contributors = new address[](task.contributorCount);
        for (uint256 i = 0; i < v.contributors.length; i++) {
            v.contributors[i] = _contributors[taskid][i];
        }
    }

    function viewContribution(bytes32 taskid, address worker) external view returns (ContributionView memory v) {
        uint256 c = _contributions[taskid][worker];
        v.seal = bytes20(uint160(c));
        v.status = (c >> 160) & 0xff;
        v.epoch = (c >> 168) & 0xff;
        v.weight = c >> 176;
    }

    function resultFor(bytes32 taskid) external view returns (bytes memory) {
        require(_tasks[taskid].status == TASK_COMPLETED, "hub: task not completed");
        return _callbackResults[taskid];
    }
}
