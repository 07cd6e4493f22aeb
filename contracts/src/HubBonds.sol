// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./HubBase.sol";

/// @title HubBonds: workers' bonds to workerpools, the stakes of the batched path.
/// @notice In the batched path a worker sends no transaction per task, so its stake cannot be
///         locked per contribution: it bonds escrow to a pool instead, and settle seizes a
///         losing contribution's stake from that bond. Bonded and unbonding amounts stay in
///         the worker's frozen funds (the hub's books are unchanged: balance + frozen + pot).
///         An unbonded amount stays seizable for unbondDelay(), which is at least the longest
///         time from a deal's start to its final deadline: every task of a deal that started
///         before the unbond is settled (or can no longer be) before the amount is released.
abstract contract HubBonds is HubBase, IHubBonds {
    function bond(address workerpool, uint256 amount) external {
        require(amount > 0, "hub: zero amount");
        require(_workerpools[workerpool].owner != address(0), "hub: workerpool not registered");
        _lock(msg.sender, amount, "hub: insufficient balance");
        Bond storage b = _bonds[msg.sender][workerpool];
        b.bonded += uint128(amount); // bonded <= frozen < 2^128
        emit BondUpdated(msg.sender, workerpool, b.bonded, b.unbonding, b.releaseTime);
    }

    /// @notice Starts the unbonding of amount: it stays seizable, and withdrawUnbonded
    ///         releases it (with whatever was unbonding before) unbondDelay() from now.
    function unbond(address workerpool, uint256 amount) external {
        require(amount > 0, "hub: zero amount");
        Bond storage b = _bonds[msg.sender][workerpool];
        require(b.bonded >= amount, "hub: bond too low");
        b.bonded -= uint128(amount);
        b.unbonding += uint128(amount);
        b.releaseTime = block.timestamp + unbondDelay();
        emit BondUpdated(msg.sender, workerpool, b.bonded, b.unbonding, b.releaseTime);
    }

    /// @notice Moves what is left of the unbonding amount to the worker's balance.
    function withdrawUnbonded(address workerpool) external {
        Bond storage b = _bonds[msg.sender][workerpool];
        uint256 amount = b.unbonding;
        require(amount > 0, "hub: nothing unbonding");
        require(block.timestamp >= b.releaseTime, "hub: unbonding delay not over");
        b.unbonding = 0;
        b.releaseTime = 0;
        emit BondUpdated(msg.sender, workerpool, b.bonded, 0, 0);
        _unlockAndCredit(msg.sender, amount, 0);
    }

    function viewBond(address worker, address workerpool) external view returns (BondView memory) {
        Bond storage b = _bonds[worker][workerpool];
        return BondView({bonded: b.bonded, unbonding: b.unbonding, releaseTime: b.releaseTime});
    }

    /// @notice FINAL_DEADLINE_RATIO × the largest category reference time: no deal lasts
    ///         longer from its start to its final deadline (categories are never changed).
    function unbondDelay() public view returns (uint256) {
        return FINAL_DEADLINE_RATIO * _maxTimeRef;
    }
}
